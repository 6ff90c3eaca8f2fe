package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesCheckerTest {

    private final Checker checker = new LinesChecker();

    private CheckOutcome check(String expected, String actual) {
        return checker.check(expected, actual);
    }

    private void assertAccepted(String expected, String actual) {
        CheckOutcome outcome = check(expected, actual);
        assertThat(outcome.accepted()).as("%s vs %s: %s", expected, actual, outcome.message()).isTrue();
        assertThat(outcome.message()).isEmpty();
    }

    private void assertRejected(String expected, String actual, String message) {
        CheckOutcome outcome = check(expected, actual);
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).isEqualTo(message);
    }

    @Test
    void sameLinesAreAccepted() {
        assertAccepted("1 2\nthree\n", "1 2\nthree\n");
    }

    @Test
    void trailingSpacesOnALineAreIgnored() {
        assertAccepted("1 2\nthree\n", "1 2   \nthree\t\n");
        assertAccepted("1 2   \nthree\n", "1 2\nthree\n");
    }

    @Test
    void crlfEqualsLf() {
        assertAccepted("a\nb\n", "a\r\nb\r\n");
        assertAccepted("a\r\nb\r\n", "a\nb\n");
    }

    @Test
    void missingFinalNewlineIsFine() {
        assertAccepted("a\nb\n", "a\nb");
        assertAccepted("a\nb", "a\nb\n");
    }

    @Test
    void trailingBlankLinesAreIgnored() {
        assertAccepted("a\n", "a\n\n\n");
        assertAccepted("a\n\n\n", "a");
        assertAccepted("a\n", "a\n  \n\t\n");
    }

    @Test
    void emptyExpectedAndEmptyActual() {
        assertAccepted("", "");
        assertAccepted("", "\n");
        assertAccepted("\n", "");
    }

    @Test
    void whitespaceOnlyCountsAsEmpty() {
        assertAccepted("", "  \n \n");
        assertRejected("42\n", "   \n", "output has only whitespace: expected 1 line");
    }

    @Test
    void noOutput() {
        assertRejected("1\n2\n", "", "no output: expected 2 lines");
    }

    @Test
    void leadingSpacesCount() {
        assertRejected("a\nb\n", "a\n b\n", "line 2: expected 'b', got ' b'");
    }

    @Test
    void spacesInsideALineCount() {
        assertRejected("1 2\n", "1  2\n", "line 1: expected '1 2', got '1  2'");
    }

    @Test
    void letterCaseCounts() {
        assertRejected("Yes\n", "yes\n", "line 1: expected 'Yes', got 'yes'");
    }

    @Test
    void tokensSplitDifferentlyAcrossLinesAreWrong() {
        assertRejected("1 2\n", "1\n2\n", "line 1: expected '1 2', got '1'");
    }

    @Test
    void blankLinesInTheMiddleCount() {
        assertRejected("a\nb\n", "a\n\nb\n", "line 2: expected 'b', got ''");
    }

    @Test
    void outputEndedEarly() {
        assertRejected("1\n2\n3\n", "1\n2\n", "output ended early: expected 3 lines, got 2");
    }

    @Test
    void extraOutputNamesTheFirstExtraLineWithContent() {
        assertRejected("1\n", "1\n2\n", "line 2: extra output '2' (expected only 1 line)");
        assertRejected("1\n", "1\n\n\nmore\n", "line 4: extra output 'more' (expected only 1 line)");
        assertRejected("", "hello\n", "line 1: extra output 'hello' (expected no output)");
    }

    @Test
    void longLinesShowTheColumnAndAWindow() {
        String prefix = "x".repeat(200);
        CheckOutcome outcome = check(prefix + "abc" + "y".repeat(200) + "\n", prefix + "abd" + "y".repeat(200));
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).startsWith("line 1, column 203: expected '..." + "x".repeat(18) + "abcyyy")
                .contains("', got '..." + "x".repeat(18) + "abdyyy");
        assertThat(outcome.message().length()).isLessThanOrEqualTo(2 * Texts.MAX_ECHO + 40);
    }

    @Test
    void loneCarriageReturnInsideALineCounts() {
        assertRejected("ab\n", "a\rb\n", "line 1: expected 'ab', got 'a\\rb'");
    }

    @Test
    void hugeOutput() {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            expected.append(i).append(' ').append(i + 1).append('\n');
            actual.append(i).append(' ').append(i + 1).append(" \r\n");
        }
        assertAccepted(expected.toString(), actual.toString());
        actual.append("extra\n");
        assertRejected(expected.toString(), actual.toString(),
                "line 1000001: extra output 'extra' (expected only 1000000 lines)");
    }
}
