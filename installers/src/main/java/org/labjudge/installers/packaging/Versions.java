package org.labjudge.installers.packaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the Maven version to what jpackage accepts: one to three numbers, nothing else. */
final class Versions {
    private static final Pattern NUMBERS = Pattern.compile("^(\\d+(?:\\.\\d+){0,2})");

    private Versions() {
    }

    /** {@code 0.1.0-SNAPSHOT} becomes {@code 0.1.0}; a version without a leading number is refused. */
    static String forJpackage(String mavenVersion) {
        Matcher m = NUMBERS.matcher(mavenVersion);
        if (!m.find()) {
            throw new PackagingException("version '" + mavenVersion + "' does not start with a number");
        }
        return m.group(1);
    }
}
