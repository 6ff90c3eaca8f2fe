package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ExactCheckerTest {

    private final Checker checker = new ExactChecker();

    private CheckOutcome check(String expected, String actual) {
        return checker.check(expected, actual);
    }

    @Test
    void identicalOutputIsAccepted() {
        CheckOutcome outcome = check("3\nhello world\n", "3\nhello world\n");
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.message()).isEmpty();
    }

    @Test
    void emptyExpectedAndEmptyActualIsAccepted() {
        assertThat(check("", "").accepted()).isTrue();
    }

    @Test
    void emptyOutputWhenSomethingIsExpected() {
        CheckOutcome outcome = check("42\n", "");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).isEqualTo("no output: expected '42\\n'");
    }

    @Test
    void whitespaceOnlyOutputIsNotEmpty() {
        assertThat(check("", " ").accepted()).isFalse();
        assertThat(check("", "\n").message()).isEqualTo("line 1, column 1: extra output '\\n'");
    }

    @Test
    void trailingSpaceCounts() {
        CheckOutcome outcome = check("1 2\n", "1 2 \n");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).isEqualTo("line 1, column 4: expected '1 2\\n', got '1 2 \\n'");
    }

    @Test
    void missingFinalNewlineCounts() {
        CheckOutcome outcome = check("a\nb\n", "a\nb");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).isEqualTo("line 2, column 2: output ended early, missing '\\n'");
    }

    @Test
    void extraFinalNewlineCounts() {
        CheckOutcome outcome = check("a", "a\n");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).isEqualTo("line 1, column 2: extra output '\\n'");
    }

    @Test
    void crlfIsNotLf() {
        CheckOutcome outcome = check("a\nb\n", "a\r\nb\r\n");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).isEqualTo("line 1, column 2: expected 'a\\nb\\n', got 'a\\r\\nb\\r\\n'");
    }

    @Test
    void letterCaseCounts() {
        assertThat(check("Yes\n", "yes\n").accepted()).isFalse();
    }

    @Test
    void pointsAtTheLineAndColumnOfTheFirstDifference() {
        CheckOutcome outcome = check("first\nsecond line is long enough to cut\n",
                "first\nsecond line is long enough to cat\n");
        assertThat(outcome.message()).isEqualTo(
                "line 2, column 32: expected '... is long enough to cut\\n', got '... is long enough to cat\\n'");
    }

    @Test
    void longOutputIsNotEchoedWhole() {
        String expected = "x".repeat(10_000);
        String actual = "y" + "x".repeat(9_999);
        CheckOutcome outcome = check(expected, actual);
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).startsWith("line 1, column 1: expected 'xxx").contains("...', got 'yxx");
        assertThat(outcome.message().length()).isLessThanOrEqualTo(2 * Texts.MAX_ECHO + 40);
    }

    @Test
    void controlCharactersAreShownEscaped() {
        assertThat(check("a", "a\u0000").message()).isEqualTo("line 1, column 2: extra output '\\u0000'");
        assertThat(check("a", "a\u202e\u200b").message())
                .isEqualTo("line 1, column 2: extra output '\\u202e\\u200b'");
    }

    @Test
    void nullIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> check("a", null));
        assertThatNullPointerException().isThrownBy(() -> check(null, "a"));
    }

    @Test
    void hugeOutput() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i).append('\n');
        }
        String expected = sb.toString();
        String actual = new String(expected.toCharArray());
        assertThat(check(expected, actual).accepted()).isTrue();
        assertThat(check(expected, actual + "x").message()).isEqualTo("line 1000001, column 1: extra output 'x'");
    }
}
