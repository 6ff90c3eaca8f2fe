package org.labjudge.node.api.piston;

import java.util.Locale;

/**
 * The part of SemVer's range syntax Piston's clients send as {@code version}: {@code *},
 * {@code x} or {@code latest} for any version, an exact or partial version ({@code 3.11.2},
 * {@code 3.11}, {@code 3}, {@code 3.x}), and {@code ^} (same major) or {@code ~} (same major and
 * minor) before one. Other ranges ({@code >=}, {@code ||}) match nothing.
 */
final class VersionSelector {
    private VersionSelector() {
    }

    static boolean matches(String selector, String version) {
        String wanted = selector.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("*") || wanted.equals("x") || wanted.equals("latest")) {
            return true;
        }
        int fixed = Integer.MAX_VALUE; // how many leading parts must be equal
        if (wanted.startsWith("^")) {
            fixed = 1;
            wanted = wanted.substring(1);
        } else if (wanted.startsWith("~")) {
            fixed = 2;
            wanted = wanted.substring(1);
        }
        if (wanted.startsWith("=")) {
            wanted = wanted.substring(1);
        }
        if (wanted.startsWith("v")) {
            wanted = wanted.substring(1);
        }
        String[] want = wanted.split("\\.");
        String[] have = version.strip().split("[.+-]");
        for (int i = 0; i < want.length; i++) {
            String part = want[i];
            if (part.equals("x") || part.equals("*")) {
                return true;
            }
            if (i >= have.length) {
                return false;
            }
            int order = compare(have[i], part);
            if (i < fixed ? order != 0 : order < 0) {
                return false;
            }
            if (i >= fixed && order > 0) {
                return true; // past the fixed parts, a higher part settles it (3.2.0 satisfies ^3.1.5)
            }
        }
        return true;
    }

    /** Orders two version parts, numerically where both are numbers. */
    private static int compare(String have, String want) {
        try {
            return Integer.compare(Integer.parseInt(have), Integer.parseInt(want));
        } catch (NumberFormatException e) {
            return have.equals(want) ? 0 : -1;
        }
    }
}
