package org.labjudge.problem;

import java.util.Comparator;

/**
 * Orders names the way a person numbers test files: {@code 2} before {@code 10}, {@code 01} before
 * {@code 1a}; text parts compare case-sensitively. Kattis orders tests lexicographically, which agrees
 * for zero-padded names (the usual practice) and does the expected thing for unpadded ones.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares digit runs by value (any length), then fewer leading zeros first. */
    private static int compareNumbers(String x, String y) {
        String strippedX = x.replaceFirst("^0+(?=.)", "");
        String strippedY = y.replaceFirst("^0+(?=.)", "");
        if (strippedX.length() != strippedY.length()) {
            return Integer.compare(strippedX.length(), strippedY.length());
        }
        int byValue = strippedX.compareTo(strippedY);
        return byValue != 0 ? byValue : Integer.compare(x.length(), y.length());
    }
}
