package org.labjudge.app.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which input pane texts a terminal passes on whole (its line limit in bytes, the control characters it acts on),
 * and how the console shows them once.
 */
class PreparedInputTest {

    @Test
    void linesUpToTheTerminalsLimitGoLiveAndTheLastNeedsNoNewline() {
        String longest = "7".repeat(4095);
        assertThat(new PreparedInput("3\n1 2 3\n").whyNotLive()).isEmpty();
        assertThat(new PreparedInput(longest + "\n" + longest).whyNotLive()).isEmpty();
        assertThat(new PreparedInput("no newline at the end").whyNotLive()).isEmpty();
        assertThat(new PreparedInput("tab\tand carriage return\r\n").whyNotLive()).isEmpty();
    }

    @Test
    void aLongerLineIsToldByItsNumberAndBytes() {
        assertThat(new PreparedInput("5\n" + "7".repeat(4096) + "\n").whyNotLive()).hasValue(
                "line 2 of the input is 4096 bytes long, and a terminal takes at most 4095 a line");
        // Counted in bytes: 2048 two-byte characters are 4096 bytes.
        assertThat(new PreparedInput("\u00e9".repeat(2048)).whyNotLive()).hasValue(
                "line 1 of the input is 4096 bytes long, and a terminal takes at most 4095 a line");
    }

    @Test
    void controlCharactersTheTerminalActsOnAreTold() {
        for (char c : new char[] {0, 4, 0x15, 0x7f}) {
            assertThat(new PreparedInput("ok\nbad " + c + "\n").whyNotLive()).hasValue(String.format(
                    "line 2 of the input holds the control character U+%04X, which a terminal acts on instead of"
                            + " passing it on", (int) c));
        }
    }

    @Test
    void theTerminalGetsAndTheConsoleShowsItOnceWithItsLastLineEnded() {
        assertThat(new PreparedInput("Ada").asTyped()).isEqualTo("Ada\n");
        assertThat(new PreparedInput("1 2\n").asTyped()).isEqualTo("1 2\n");
        assertThat(new PreparedInput(null).asTyped()).isEmpty();
        assertThat(new PreparedInput(null).isEmpty()).isTrue();
    }
}
