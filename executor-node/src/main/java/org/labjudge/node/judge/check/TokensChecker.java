package org.labjudge.node.judge.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The Kattis default output validator's rules: outputs are compared token by token, tokens being
 * separated by whitespace (space, tab, newline, CR, vertical tab, form feed).
 *
 * <ul>
 *   <li>Without {@link CheckOptions#spaceChangeSensitive()}, any run of whitespace equals any other,
 *       and leading and trailing whitespace (including none at all) is ignored. With it, whitespace
 *       must match exactly, except that CRLF counts as LF.</li>
 *   <li>Without {@link CheckOptions#caseSensitive()}, letters compare case-insensitively.</li>
 *   <li>With a float tolerance, an expected token that is a number (see {@link NumberToken}) is
 *       matched by any number within the tolerance: {@code |a - e| <= abs} or
 *       {@code |a - e| <= rel * |e|}, computed exactly on the decimal values, so a difference right
 *       at the tolerance is accepted. {@code nan} matches only {@code nan}, an infinity only an
 *       infinity of the same sign (any spelling and case). Other tokens compare as text. Without a
 *       tolerance, numbers are ordinary text.</li>
 * </ul>
 *
 * <p>Works in one pass over both outputs without splitting them.
 */
public final class TokensChecker implements Checker {

    /**
     * Precision of the exact difference. Larger than the digits of any tolerance bound, so that
     * rounding the difference away from zero never changes its comparison with the bound; and it
     * lets {@link BigDecimal} skip aligning numbers whose exponents are far apart.
     */
    private static final MathContext DIFFERENCE =
            new MathContext(2 * NumberToken.MAX_EXACT_LENGTH + 100, RoundingMode.UP);

    private final CheckOptions options;
    private final boolean caseSensitive;
    private final boolean useFloats;
    private final double absTolerance;
    private final double relTolerance;
    private final BigDecimal absToleranceExact;
    private final BigDecimal relToleranceExact;

    public TokensChecker(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.caseSensitive = options.caseSensitive();
        this.useFloats = options.hasFloatTolerance();
        this.absTolerance = options.floatAbsTolerance();
        this.relTolerance = options.floatRelTolerance();
        // valueOf: the decimal the teacher wrote (1e-6), not the binary double just below it
        this.absToleranceExact = Double.isNaN(absTolerance) ? null : BigDecimal.valueOf(absTolerance);
        this.relToleranceExact = Double.isNaN(relTolerance) ? null : BigDecimal.valueOf(relTolerance);
    }

    /** With {@link CheckOptions#DEFAULT}. */
    public TokensChecker() {
        this(CheckOptions.DEFAULT);
    }

    public CheckOptions options() {
        return options;
    }

    @Override
    public CheckOutcome check(String expected, String actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        return options.spaceChangeSensitive() ? checkSpaceSensitive(expected, actual)
                : checkSpaceInsensitive(expected, actual);
    }

    /** How far both outputs have been read, and the line and token count of the actual one. */
    private static final class Cursor {
        int ei;
        int ai;
        int line = 1;
        int token;
    }

    private CheckOutcome checkSpaceInsensitive(String e, String a) {
        int eLen = e.length();
        int aLen = a.length();
        Cursor at = new Cursor();
        while (true) {
            while (at.ei < eLen && Texts.isSpace(e.charAt(at.ei))) {
                at.ei++;
            }
            char c;
            while (at.ai < aLen && Texts.isSpace(c = a.charAt(at.ai))) {
                if (c == '\n') {
                    at.line++;
                }
                at.ai++;
            }
            CheckOutcome end = compareNextTokens(e, a, at);
            if (end != null) {
                return end;
            }
        }
    }

    private CheckOutcome checkSpaceSensitive(String e, String a) {
        int eLen = e.length();
        int aLen = a.length();
        Cursor at = new Cursor();
        while (true) {
            int eRun = at.ei;
            int aRun = at.ai;
            while (true) {
                boolean eSpace = at.ei < eLen && Texts.isSpace(e.charAt(at.ei));
                boolean aSpace = at.ai < aLen && Texts.isSpace(a.charAt(at.ai));
                if (!eSpace && !aSpace) {
                    break;
                }
                if (eSpace && aSpace) {
                    int eStep = crlf(e, at.ei) ? 2 : 1;
                    int aStep = crlf(a, at.ai) ? 2 : 1;
                    char ec = e.charAt(at.ei + eStep - 1);
                    char ac = a.charAt(at.ai + aStep - 1);
                    if (ec == ac) {
                        if (ac == '\n') {
                            at.line++;
                        }
                        at.ei += eStep;
                        at.ai += aStep;
                        continue;
                    }
                }
                int eRunEnd = spaceEnd(e, eRun);
                int aRunEnd = spaceEnd(a, aRun);
                if ((eRunEnd == eLen) != (aRunEnd == aLen)) {
                    // one output has no more tokens: say that rather than how the spaces differ
                    for (int i = at.ai; i < aRunEnd; i++) {
                        if (a.charAt(i) == '\n') {
                            at.line++;
                        }
                    }
                    return finish(e, eRunEnd, a, aRunEnd, at.line, at.token);
                }
                return CheckOutcome.reject("line " + at.line + ": "
                        + (at.token == 0 ? "leading whitespace" : "whitespace after token " + at.token)
                        + " differs: expected " + Texts.quote(e, eRun, eRunEnd)
                        + ", got " + Texts.quote(a, aRun, aRunEnd));
            }
            CheckOutcome end = compareNextTokens(e, a, at);
            if (end != null) {
                return end;
            }
        }
    }

    /**
     * At the start of a token in both outputs (or the end of one): the outcome when either has no
     * tokens left or the tokens differ; otherwise moves past both and returns {@code null}.
     */
    private CheckOutcome compareNextTokens(String e, String a, Cursor at) {
        if (at.ei == e.length() || at.ai == a.length()) {
            return finish(e, at.ei, a, at.ai, at.line, at.token);
        }
        int eEnd = tokenEnd(e, at.ei);
        int aEnd = tokenEnd(a, at.ai);
        at.token++;
        String problem = compareTokens(e, at.ei, eEnd, a, at.ai, aEnd);
        if (problem != null) {
            return CheckOutcome.reject("line " + at.line + ", token " + at.token + ": " + problem);
        }
        at.ei = eEnd;
        at.ai = aEnd;
        return null;
    }

    private static CheckOutcome finish(String e, int ei, String a, int ai, int line, int token) {
        if (ei == e.length()) {
            if (ai == a.length()) {
                return CheckOutcome.accept();
            }
            String extra = Texts.quote(a, ai, tokenEnd(a, ai));
            return CheckOutcome.reject("line " + line + ": " + (token == 0
                    ? "expected no output, got " + extra
                    : "extra output after token " + token + ": " + extra));
        }
        long total = token + countTokens(e, ei);
        String expectedCount = Texts.plural(total, "token");
        if (token == 0) {
            return CheckOutcome.reject((a.isEmpty() ? "no output" : "output has only whitespace")
                    + ": expected " + expectedCount);
        }
        return CheckOutcome.reject("output ended early: expected " + expectedCount + ", got " + token);
    }

    /** {@code null} when the tokens match, else why not. */
    private String compareTokens(String e, int ei, int eEnd, String a, int ai, int aEnd) {
        int length = eEnd - ei;
        boolean sameLength = length == aEnd - ai;
        if (sameLength && e.regionMatches(ei, a, ai, length)) {
            return null;
        }
        if (useFloats) {
            NumberToken expectedNumber = NumberToken.parse(e, ei, eEnd);
            if (expectedNumber != null) {
                return compareNumbers(expectedNumber, e, ei, eEnd, a, ai, aEnd);
            }
        }
        if (!caseSensitive && sameLength && e.regionMatches(true, ei, a, ai, length)) {
            return null;
        }
        return "expected " + Texts.quote(e, ei, eEnd) + ", got " + Texts.quote(a, ai, aEnd);
    }

    private String compareNumbers(NumberToken expected, String e, int ei, int eEnd,
            String a, int ai, int aEnd) {
        NumberToken actual = NumberToken.parse(a, ai, aEnd);
        if (actual == null) {
            return "expected the number " + Texts.quote(e, ei, eEnd) + ", got " + Texts.quote(a, ai, aEnd);
        }
        boolean match = switch (expected.kind()) {
            case NAN -> actual.kind() == NumberToken.Kind.NAN;
            case INFINITE -> actual.kind() == NumberToken.Kind.INFINITE
                    && actual.isNegative() == expected.isNegative();
            case FINITE -> actual.isFinite();
        };
        if (!match) {
            return "expected " + Texts.quote(e, ei, eEnd) + ", got " + Texts.quote(a, ai, aEnd);
        }
        if (!expected.isFinite()) {
            return null;
        }
        if (withinTolerance(expected, actual)) {
            return null;
        }
        return "expected " + Texts.quote(e, ei, eEnd) + ", got " + Texts.quote(a, ai, aEnd)
                + " (" + describeExcess(expected, actual) + ")";
    }

    /**
     * Whether two finite numbers are within the tolerance. Decides with {@code double}s when they
     * are clearly on one side of the bound, else with the exact decimal values.
     */
    boolean withinTolerance(NumberToken expected, NumberToken actual) {
        double e = expected.doubleValue();
        double a = actual.doubleValue();
        double difference = Math.abs(a - e);
        double allowed = allowed(e);
        if (Double.isFinite(difference) && Double.isFinite(allowed) && Double.isFinite(e)
                && Double.isFinite(a)) {
            // bound on the rounding error of the doubles against the exact decimals
            double error = (Math.abs(a) + Math.abs(e) + allowed) * 0x1p-49 + Double.MIN_NORMAL;
            if (Double.isFinite(error)) {
                if (difference < allowed - error) {
                    return true;
                }
                if (difference > allowed + error) {
                    return false;
                }
            }
        }
        BigDecimal[] exact = exactDifferenceAndAllowed(expected, actual);
        if (exact != null) {
            return exact[0].compareTo(exact[1]) <= 0;
        }
        return difference <= allowed;
    }

    /** "difference D > tolerance T", with as many digits as it takes to show that D exceeds T. */
    private String describeExcess(NumberToken expected, NumberToken actual) {
        BigDecimal[] exact = exactDifferenceAndAllowed(expected, actual);
        BigDecimal difference;
        BigDecimal allowed;
        if (exact != null) {
            difference = exact[0];
            allowed = exact[1];
        } else {
            double d = Math.abs(actual.doubleValue() - expected.doubleValue());
            double t = allowed(expected.doubleValue());
            if (!Double.isFinite(d) || !Double.isFinite(t)) {
                return "difference " + Texts.shortNumber(d) + " > tolerance " + Texts.shortNumber(t);
            }
            difference = new BigDecimal(d);
            allowed = new BigDecimal(t);
        }
        // fewer digits to work on; rounding apart keeps "difference > allowed" true
        difference = difference.round(new MathContext(30, RoundingMode.UP));
        allowed = allowed.round(new MathContext(30, RoundingMode.DOWN));
        String[] shown = Texts.distinctNumbers(difference, allowed);
        return "difference " + shown[0] + " > tolerance " + shown[1];
    }

    /** {@code {|a - e|, allowed(e)}} exactly, or {@code null} when not computable exactly. */
    private BigDecimal[] exactDifferenceAndAllowed(NumberToken expected, NumberToken actual) {
        BigDecimal exactE = expected.exactValue();
        BigDecimal exactA = actual.exactValue();
        if (exactE == null || exactA == null) {
            return null;
        }
        try {
            return new BigDecimal[] {exactA.subtract(exactE, DIFFERENCE).abs(), allowed(exactE)};
        } catch (ArithmeticException overflow) {
            return null; // a scale beyond BigDecimal's range
        }
    }

    private double allowed(double expected) {
        double result = Double.NEGATIVE_INFINITY;
        if (!Double.isNaN(absTolerance)) {
            result = absTolerance;
        }
        if (!Double.isNaN(relTolerance)) {
            result = Math.max(result, relTolerance * Math.abs(expected));
        }
        return result;
    }

    private BigDecimal allowed(BigDecimal expected) {
        BigDecimal result = absToleranceExact;
        if (relToleranceExact != null) {
            BigDecimal relative = relToleranceExact.multiply(expected.abs());
            result = result == null ? relative : result.max(relative);
        }
        return result;
    }

    private static boolean crlf(String s, int i) {
        return s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
    }

    private static int tokenEnd(String s, int from) {
        int end = from;
        int length = s.length();
        while (end < length && !Texts.isSpace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int spaceEnd(String s, int from) {
        int end = from;
        int length = s.length();
        while (end < length && Texts.isSpace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static long countTokens(String s, int from) {
        long count = 0;
        boolean inToken = false;
        for (int i = from, n = s.length(); i < n; i++) {
            boolean space = Texts.isSpace(s.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    @Override
    public String toString() {
        return "tokens " + options;
    }
}
