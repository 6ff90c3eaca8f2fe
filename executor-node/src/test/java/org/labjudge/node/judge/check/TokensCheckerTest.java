package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensCheckerTest {

    private static final CheckOptions DEFAULT = CheckOptions.DEFAULT;

    private static CheckOutcome check(CheckOptions options, String expected, String actual) {
        return new TokensChecker(options).check(expected, actual);
    }

    private static void assertAccepted(CheckOptions options, String expected, String actual) {
        CheckOutcome outcome = check(options, expected, actual);
        assertThat(outcome.accepted())
                .as("expected '%s', actual '%s' with %s: %s", expected, actual, options, outcome.message())
                .isTrue();
        assertThat(outcome.message()).isEmpty();
    }

    private static void assertRejected(CheckOptions options, String expected, String actual, String message) {
        CheckOutcome outcome = check(options, expected, actual);
        assertThat(outcome.accepted()).as("expected '%s', actual '%s' with %s", expected, actual, options)
                .isFalse();
        assertThat(outcome.message()).isEqualTo(message);
    }

    private static void assertRejected(CheckOptions options, String expected, String actual) {
        CheckOutcome outcome = check(options, expected, actual);
        assertThat(outcome.accepted()).as("expected '%s', actual '%s' with %s", expected, actual, options)
                .isFalse();
        assertThat(outcome.message()).isNotBlank();
    }

    @Nested
    class Whitespace {

        @Test
        void anyWhitespaceSeparatesTokens() {
            assertAccepted(DEFAULT, "1 2\n3\n", "1\n2 3");
            assertAccepted(DEFAULT, "1 2 3\n", "  1\t\t2\r\n\f3\u000b\n\n\n");
            assertAccepted(DEFAULT, "A B", " A  B \t\n");
        }

        @Test
        void trailingSpacesAndMissingFinalNewlineAreFine() {
            assertAccepted(DEFAULT, "42\n", "42   ");
            assertAccepted(DEFAULT, "42\n", "42");
            assertAccepted(DEFAULT, "42", "42\n\n");
        }

        @Test
        void crlfIsFine() {
            assertAccepted(DEFAULT, "a\nb\n", "a\r\nb\r\n");
        }

        @Test
        void emptyExpectedAndEmptyOrBlankActual() {
            assertAccepted(DEFAULT, "", "");
            assertAccepted(DEFAULT, "", " \n\t\n");
            assertAccepted(DEFAULT, "\n", "");
        }

        @Test
        void expectedNothingGotSomething() {
            assertRejected(DEFAULT, "", "0", "line 1: expected no output, got '0'");
            assertRejected(DEFAULT, "\n", "\n\nx y", "line 3: expected no output, got 'x'");
            assertRejected(DEFAULT, "", "\u0000", "line 1: expected no output, got '\\u0000'");
        }

        @Test
        void noOutputAndWhitespaceOnlyOutputAreToldApart() {
            assertRejected(DEFAULT, "1 2\n", "", "no output: expected 2 tokens");
            assertRejected(DEFAULT, "1\n", "  \n", "output has only whitespace: expected 1 token");
        }

        @Test
        void otherUnicodeSpacesArePartOfTokens() {
            assertRejected(DEFAULT, "1 2", "1\u00a02", "line 1, token 1: expected '1', got '1\u00a02'");
        }
    }

    @Nested
    class Counting {

        @Test
        void missingTokens() {
            assertRejected(DEFAULT, "1 2 3 4\n", "1 2 3\n", "output ended early: expected 4 tokens, got 3");
        }

        @Test
        void extraTokens() {
            assertRejected(DEFAULT, "1 2 3 4\n", "1 2 3 4 5\n", "line 1: extra output after token 4: '5'");
            assertRejected(DEFAULT, "1\n2\n", "1\n2\n\n3\n", "line 4: extra output after token 2: '3'");
        }

        @Test
        void wrongTokenIsNamedByLineAndPosition() {
            assertRejected(DEFAULT, "1 2\nfoo 4\n", "1 2\nbar 4\n", "line 2, token 3: expected 'foo', got 'bar'");
        }

        @Test
        void longTokensAreCutInMessages() {
            String expected = "a".repeat(1000);
            String actual = "b".repeat(1000);
            CheckOutcome outcome = check(DEFAULT, expected, actual);
            assertThat(outcome.message())
                    .isEqualTo("line 1, token 1: expected '" + "a".repeat(77) + "...', got '" + "b".repeat(77) + "...'");
        }
    }

    @Nested
    class LetterCase {

        @Test
        void caseInsensitiveByDefault() {
            assertAccepted(DEFAULT, "Yes\n", "YES\n");
            assertAccepted(DEFAULT, "possible", "Possible");
            assertAccepted(DEFAULT, "Ärger ÉTÉ", "ärger été");
        }

        @Test
        void caseSensitiveWhenAsked() {
            CheckOptions options = DEFAULT.withCaseSensitive(true);
            assertRejected(options, "Yes\n", "YES\n", "line 1, token 1: expected 'Yes', got 'YES'");
            assertAccepted(options, "Yes\n", "Yes\n");
        }

        @Test
        void caseInsensitivityDoesNotMakeDifferentWordsEqual() {
            assertRejected(DEFAULT, "yes", "yes!", "line 1, token 1: expected 'yes', got 'yes!'");
        }
    }

    @Nested
    class SpaceChangeSensitive {

        private final CheckOptions options = DEFAULT.withSpaceChangeSensitive(true);

        @Test
        void identicalWhitespaceIsAccepted() {
            assertAccepted(options, "1 2\n3\n", "1 2\n3\n");
            assertAccepted(options, "", "");
        }

        @Test
        void lettersStillCompareCaseInsensitively() {
            assertAccepted(options, "Yes\n", "yes\n");
        }

        @Test
        void crlfCountsAsLf() {
            assertAccepted(options, "1 2\n3\n", "1 2\r\n3\r\n");
            assertAccepted(options, "1 2\r\n3\r\n", "1 2\n3\n");
        }

        @Test
        void doubledSpaceIsRejected() {
            assertRejected(options, "1 2\n", "1  2\n",
                    "line 1: whitespace after token 1 differs: expected ' ', got '  '");
        }

        @Test
        void trailingSpaceIsRejected() {
            assertRejected(options, "1 2\n", "1 2 \n",
                    "line 1: whitespace after token 2 differs: expected '\\n', got ' \\n'");
        }

        @Test
        void missingFinalNewlineIsRejected() {
            assertRejected(options, "1 2\n", "1 2",
                    "line 1: whitespace after token 2 differs: expected '\\n', got ''");
        }

        @Test
        void extraBlankLineIsRejected() {
            assertRejected(options, "1\n", "1\n\n",
                    "line 2: whitespace after token 1 differs: expected '\\n', got '\\n\\n'");
        }

        @Test
        void newlineInsteadOfSpaceIsRejected() {
            assertRejected(options, "1 2\n", "1\n2\n",
                    "line 1: whitespace after token 1 differs: expected ' ', got '\\n'");
        }

        @Test
        void leadingWhitespaceIsRejected() {
            assertRejected(options, "1\n", " 1\n", "line 1: leading whitespace differs: expected '', got ' '");
        }

        @Test
        void emptyExpectedAllowsNothing() {
            assertRejected(options, "", "\n", "line 1: leading whitespace differs: expected '', got '\\n'");
            assertRejected(options, "", " ");
        }

        @Test
        void insensitiveByDefault() {
            assertAccepted(DEFAULT, "1 2\n", "1  2 \n\n");
        }

        @Test
        void tokensStillMatter() {
            assertRejected(options, "1 2\n3\n", "1 2\n4\n", "line 2, token 3: expected '3', got '4'");
            assertRejected(options, "1 2\n", "1 2\n3", "line 2: extra output after token 2: '3'");
            assertRejected(options, "1 2\n", "1 2 3\n", "line 1: extra output after token 2: '3'");
            assertRejected(options, "1 2\n", "1 2\n\n3\n", "line 3: extra output after token 2: '3'");
            assertRejected(options, "1 2 3\n", "1 2\n", "output ended early: expected 3 tokens, got 2");
            assertRejected(options, "1\n", "", "no output: expected 1 token");
            assertRejected(options, "", "\n1", "line 2: expected no output, got '1'");
        }
    }

    @Nested
    class FloatTolerance {

        private final CheckOptions tolerance = DEFAULT.withFloatTolerance(1e-6);

        @Test
        void withoutToleranceNumbersAreText() {
            assertRejected(DEFAULT, "0.0000001", "1e-7", "line 1, token 1: expected '0.0000001', got '1e-7'");
            assertRejected(DEFAULT, "1e-7", "0.0000001");
            assertRejected(DEFAULT, "0", "-0", "line 1, token 1: expected '0', got '-0'");
            assertRejected(DEFAULT, "3.0", "3");
            assertRejected(DEFAULT, "3.14159", "3.141590000001");
        }

        @Test
        void withToleranceAnyFormattingOfTheValueIsAccepted() {
            assertAccepted(tolerance, "0.0000001", "1e-7");
            assertAccepted(tolerance, "1e-7", "0.0000001");
            assertAccepted(tolerance, "0.0314", "3.14000000e-2");
            assertAccepted(tolerance, "0", "-0");
            assertAccepted(tolerance, "-0", "0.000");
            assertAccepted(tolerance, "3.0", "3");
            assertAccepted(tolerance, "5", "+5.");
            assertAccepted(tolerance, "0.5", ".5");
        }

        @Test
        void zeroToleranceMeansSameValueAnyFormatting() {
            CheckOptions exact = DEFAULT.withFloatAbsTolerance(0);
            assertAccepted(exact, "1e-7", "0.0000001");
            assertAccepted(exact, "0", "-0.0");
            assertRejected(exact, "0.1", "0.10000000000000000001",
                    "line 1, token 1: expected '0.1', got '0.10000000000000000001' (difference 1e-20 > tolerance 0)");
            assertRejected(exact, "0", "1e-400");
        }

        @Test
        void tooFarIsRejectedWithTheDifference() {
            assertRejected(tolerance, "1 3.14159\n", "1 3.2\n",
                    "line 1, token 2: expected '3.14159', got '3.2' (difference 0.0584 > tolerance 3.14e-6)");
            assertRejected(DEFAULT.withFloatAbsTolerance(1e-6), "3.14159", "3.2",
                    "line 1, token 1: expected '3.14159', got '3.2' (difference 0.0584 > tolerance 1e-6)");
        }

        @Test
        void absoluteToleranceBoundaryIsInclusive() {
            CheckOptions abs = DEFAULT.withFloatAbsTolerance(1e-6);
            assertAccepted(abs, "1", "1.000001");
            assertAccepted(abs, "1", "0.999999");
            assertAccepted(abs, "0.1", "0.100001");
            assertRejected(abs, "1", "1.0000010000001",
                    "line 1, token 1: expected '1', got '1.0000010000001' (difference 1.0000001e-6 > tolerance 1e-6)");
            assertRejected(abs, "1", "0.9999989999999");
            // absolute only: a large value gets no relative slack
            assertRejected(abs, "1000000", "1000000.01");
        }

        @Test
        void relativeToleranceBoundaryIsInclusiveAndScalesWithTheExpectedValue() {
            CheckOptions rel = DEFAULT.withFloatRelTolerance(1e-6);
            assertAccepted(rel, "1000", "1000.001");
            assertAccepted(rel, "1000", "999.999");
            assertRejected(rel, "1000", "1000.0010001");
            assertAccepted(rel, "1000000", "1000000.5");
            // relative only: near zero there is almost no slack, exactly zero needs exactly zero
            assertRejected(rel, "0.000001", "0.0000011");
            assertRejected(rel, "0", "0.0000000001",
                    "line 1, token 1: expected '0', got '0.0000000001' (difference 1e-10 > tolerance 0)");
            assertAccepted(rel, "0", "-0.0");
        }

        @Test
        void relativeToleranceIsRelativeToTheExpectedValue() {
            CheckOptions rel = DEFAULT.withFloatRelTolerance(0.5);
            assertAccepted(rel, "2", "1"); // |1-2| = 1 <= 0.5 * 2
            assertRejected(rel, "1", "2"); // |2-1| = 1 >  0.5 * 1
        }

        @Test
        void eitherToleranceSufficesWhenBothAreGiven() {
            CheckOptions both = DEFAULT.withFloatAbsTolerance(1e-6).withFloatRelTolerance(1e-6);
            assertAccepted(both, "1000000", "1000000.9"); // by relative
            assertAccepted(both, "0.000000001", "0.000000002"); // by absolute
            assertRejected(both, "1000000", "1000001.1");
            assertRejected(both, "0", "0.0000011");
        }

        @Test
        void nanMatchesOnlyNan() {
            assertAccepted(tolerance, "nan", "NaN");
            assertAccepted(tolerance, "NaN", "-nan");
            assertRejected(tolerance, "nan", "0", "line 1, token 1: expected 'nan', got '0'");
            assertRejected(tolerance, "nan", "inf");
            assertRejected(tolerance, "0", "nan", "line 1, token 1: expected '0', got 'nan'");
        }

        @Test
        void infinityMatchesTheSameInfinityInAnySpelling() {
            assertAccepted(tolerance, "inf", "Infinity");
            assertAccepted(tolerance, "-inf", "-INFINITY");
            assertAccepted(tolerance, "+inf", "inf");
            assertRejected(tolerance, "inf", "-inf", "line 1, token 1: expected 'inf', got '-inf'");
            assertRejected(tolerance, "inf", "1e308");
            assertRejected(tolerance, "1e308", "inf");
            assertRejected(tolerance, "1e400", "inf");
        }

        @Test
        void withoutToleranceNanAndInfAreWordsComparedIgnoringCase() {
            assertAccepted(DEFAULT, "NaN", "nan");
            assertRejected(DEFAULT, "inf", "Infinity");
        }

        @Test
        void expectedNumberButGotText() {
            assertRejected(tolerance, "3.5", "abc", "line 1, token 1: expected the number '3.5', got 'abc'");
            assertRejected(tolerance, "16", "0x10", "line 1, token 1: expected the number '16', got '0x10'");
            assertRejected(tolerance, "1000", "1_000");
        }

        @Test
        void nonNumbersStillCompareAsText() {
            assertAccepted(tolerance, "Case #1: 0.5", "case #1: 0.5000001");
            assertRejected(tolerance.withCaseSensitive(true), "Case #1: 0.5", "case #1: 0.5");
            assertAccepted(tolerance, "0x10", "0X10");
            assertRejected(tolerance, "0x10", "16");
            assertRejected(tolerance, "1_000", "1000");
        }

        @Test
        void numbersInOtherCaseMatchAsNumbersEvenWhenCaseSensitive() {
            assertAccepted(tolerance.withCaseSensitive(true), "1E5", "1e5");
            assertAccepted(tolerance.withCaseSensitive(true), "INF", "inf");
        }

        @Test
        void thirtyDigitIntegersCompareExactly() {
            String a = "123456789012345678901234567890";
            String b = "123456789012345678901234567891";
            assertAccepted(DEFAULT, a, a);
            assertRejected(DEFAULT, a, b, "line 1, token 1: expected '" + a + "', got '" + b + "'");
            assertAccepted(tolerance, a, a);
            assertAccepted(tolerance, a, a + ".0");
            assertAccepted(tolerance, a, "1.23456789012345678901234567890e29");
            // the values differ by 1: more than the absolute tolerance, far less than the relative one
            assertRejected(DEFAULT.withFloatAbsTolerance(1e-6), a, b,
                    "line 1, token 1: expected '" + a + "', got '" + b + "' (difference 1 > tolerance 1e-6)");
            assertAccepted(DEFAULT.withFloatRelTolerance(1e-6), a, b);
            assertAccepted(DEFAULT.withFloatAbsTolerance(1), a, b);
        }

        @Test
        void numbersBeyondDoubleRange() {
            assertAccepted(tolerance, "1e400", "10e399");
            assertRejected(DEFAULT.withFloatAbsTolerance(1), "1e400", "1.000000000000000000001e400");
            assertAccepted(tolerance, "1e400", "1.000000000000000000001e400");
            assertRejected(tolerance, "1e400", "2e400",
                    "line 1, token 1: expected '1e400', got '2e400' (difference 1e400 > tolerance 1e394)");
        }

        @Test
        void absurdExponentsAreDecidedQuickly() {
            CheckOptions abs1 = DEFAULT.withFloatAbsTolerance(1);
            assertAccepted(abs1, "1", "1e-999999999");
            assertRejected(abs1, "1", "-1e-999999999", "line 1, token 1: expected '1', got '-1e-999999999'"
                    + " (difference 1.000000000000000000000001 > tolerance 1)");
            assertAccepted(abs1, "0", "1e-999999999");
            assertRejected(DEFAULT.withFloatAbsTolerance(0), "1e-999999990", "1e-999999999");
            assertRejected(tolerance, "1", "1e999999999");
            assertRejected(tolerance, "1", "1e99999999999999999999");
        }

        @Test
        void kattisExampleWithMixedTokens() {
            assertAccepted(tolerance, "3\n0.333333 0.5 1.0\nDone\n", "3\n0.3333333333 .5 1\ndone\n");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tokens |1 2 3   |1 2 3   |true
            tokens |1 2 3   |1 2 4   |false
            abs    |2.5     |2.5000009|true
            abs    |2.5     |2.500002|false
            rel    |100     |100.0001|true
            rel    |100     |100.0002|false
            """)
    void table(String mode, String expected, String actual, boolean accepted) {
        CheckOptions options = switch (mode.trim()) {
            case "abs" -> DEFAULT.withFloatAbsTolerance(1e-6);
            case "rel" -> DEFAULT.withFloatRelTolerance(1e-6);
            default -> DEFAULT;
        };
        assertThat(check(options, expected, actual).accepted()).isEqualTo(accepted);
    }

    /** Cases in the style of the problem-package tool chains' validator tests, with package flags. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                           | A B       | " A  B "    | true
            ""                                           | A B       | A B X       | false
            ""                                           | A B       | a b         | true
            case_sensitive                               | A B       | a b         | false
            ""                                           | -1 -1     | -1-1        | false
            float_tolerance 0                            | -1 -1     | -1-1        | false
            float_absolute_tolerance 1 case_sensitive    | 10 11     | 11 10       | true
            float_absolute_tolerance 1 case_sensitive    | 10 11     | 1E1 1.1E1   | true
            float_absolute_tolerance 1 case_sensitive    | 10 11     | 10 9.99999999 | false
            float_relative_tolerance 0.5                 | 10 20     | 5 10        | true
            float_relative_tolerance 0.5                 | 10 20     | 4.999 20    | false
            float_relative_tolerance 0.5                 | 10 20     | 10 asdf     | false
            float_tolerance 0.5                          | 1000 0.001 | 500 -0.499 | true
            float_tolerance 0.5                          | 1000 0.001 | 500 -0.500 | false
            float_tolerance 0.5                          | 1000 0.001 | 1500 0.5010001 | false
            float_tolerance 0.5                          | 1000A     | 1000a       | true
            float_tolerance 0.5                          | 1000A     | 1000.0a     | false
            float_tolerance 0.5                          | 0         | 0e1         | true
            float_tolerance 0.5                          | 0         | -0.5        | true
            float_tolerance 0.5                          | 0         | -nan        | false
            float_tolerance 0                            | 0         | 1e-4000     | false
            float_tolerance 0                            | 0         | 0E-01       | true
            float_tolerance 0                            | 100       | 0100.0      | true
            ""                                           | 0         | 0.0         | false
            """)
    void validatorFlagCases(String flags, String expected, String actual, boolean accepted) {
        CheckOptions options = CheckOptions.fromValidatorFlags(flags);
        CheckOutcome outcome = check(options, expected, actual);
        assertThat(outcome.accepted()).as("flags '%s': '%s' vs '%s': %s", flags, expected, actual, outcome.message())
                .isEqualTo(accepted);
    }

    @Test
    void nulCharacterIsPartOfAToken() {
        assertRejected(DEFAULT, "a", "a\u0000", "line 1, token 1: expected 'a', got 'a\\u0000'");
    }

    @Test
    void hugeOutputOfAMillionTokens() {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            expected.append(i).append(".5").append(i % 10 == 9 ? '\n' : ' ');
            actual.append(i).append(".5000001").append(i % 10 == 9 ? "\r\n" : "  ");
        }
        String e = expected.toString();
        String a = actual.toString();
        assertAccepted(DEFAULT.withFloatAbsTolerance(1e-6), e, a);
        assertRejected(DEFAULT, e, a, "line 1, token 1: expected '0.5', got '0.5000001'");
        assertAccepted(DEFAULT, e, e + "\n");
        assertRejected(DEFAULT, e, e.substring(0, e.length() - "999999.5\n".length()),
                "output ended early: expected 1000000 tokens, got 999999");
        assertRejected(DEFAULT.withSpaceChangeSensitive(true).withFloatAbsTolerance(1e-6), e, a,
                "line 1: whitespace after token 1 differs: expected ' ', got '  '");
    }
}
