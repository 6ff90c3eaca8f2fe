package org.labjudge.app.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStarted;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Verdict;

/** The console's view-model without a window: the transcript in order, typed lines sent, Ctrl+D, stop, the end. */
class ConsoleModelTest {
    /** What the model sent to its session. */
    private static final class RecordingLink implements ConsoleLink {
        final List<String> sent = new ArrayList<>();

        @Override
        public void type(String text) {
            sent.add("type " + text);
        }

        @Override
        public void endInput() {
            sent.add("end");
        }

        @Override
        public void stop() {
            sent.add("stop");
        }
    }

    private final ConsoleModel model = new ConsoleModel();
    private final RecordingLink link = new RecordingLink();

    private static ConsoleEvent started() {
        return ConsoleEvent.started(new ConsoleStarted("lab-07", "python", new Limits(2000, 600_000, 256, 64, 64),
                120, 600));
    }

    @Test
    void printedAndTypedTextMakeOneTranscriptInOrder() {
        model.starting(link, "main.py");
        assertThat(model.runningProperty().get()).isTrue();
        model.accept(started());
        assertThat(model.statusProperty().get()).startsWith("Running on lab-07");
        model.accept(ConsoleEvent.stdout("Your name? "));
        model.submitLine("Ada");
        model.accept(ConsoleEvent.stdout("Hello, Ada!\n"));

        assertThat(model.transcriptProperty().get()).isEqualTo("Your name? Ada\nHello, Ada!\n");
        assertThat(link.sent).containsExactly("type Ada\n");
    }

    @Test
    void ctrlDEndsInputOnceAndLaterLinesGoNowhere() {
        model.starting(link, "main.py");
        model.accept(started());
        model.endInput();
        model.endInput();
        model.submitLine("late");
        assertThat(link.sent).containsExactly("end");
        assertThat(model.inputOpenProperty().get()).isFalse();
        assertThat(model.runningProperty().get()).isTrue();
    }

    @Test
    void theEndSaysHowItEndedAndClosesInput() {
        model.starting(link, "main.py");
        model.accept(started());
        model.stop();
        model.accept(ConsoleEvent.end(new ConsoleEnd(ConsoleEndReason.STOPPED, null, null, "SIGKILL", 12, 3100, 8800,
                "stopped after 3.1 s, 12 ms of CPU, 8.6 MB")));
        assertThat(link.sent).containsExactly("stop");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.inputOpenProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Stopped: stopped after 3.1 s, 12 ms of CPU, 8.6 MB");
        model.submitLine("after the end");
        assertThat(link.sent).containsExactly("stop");
    }

    @Test
    void aLostNodeAndAnExitAreTold() {
        model.starting(link, "main.py");
        model.accept(ConsoleEvent.end(ConsoleEnd.without(ConsoleEndReason.NODE_LOST, "Lost node lab-07: gone.")));
        assertThat(model.statusProperty().get()).isEqualTo("Node lost: Lost node lab-07: gone.");

        model.starting(link, "main.py");
        assertThat(model.transcriptProperty().get()).isEmpty();
        model.accept(ConsoleEvent.end(new ConsoleEnd(ConsoleEndReason.EXITED, Verdict.OK, 0, null, 20, 4200, 9216,
                "exit code 0 after 4.2 s, 20 ms of CPU, 9.0 MB")));
        assertThat(model.statusProperty().get()).isEqualTo("Ended: exit code 0 after 4.2 s, 20 ms of CPU, 9.0 MB");
    }

    @Test
    void preparedInputIsShownOnceAndClosesTheProgramsInput() {
        model.starting(link, "main.py", new PreparedInput("3"));
        assertThat(model.transcriptProperty().get()).isEqualTo("3\n");
        assertThat(model.inputOpenProperty().get()).isFalse();
        model.accept(started());
        assertThat(model.statusProperty().get()).isEqualTo("Running on lab-07 with the input pane as its input.");
        model.accept(ConsoleEvent.stdout("line 1\n"));
        model.submitLine("typed after the end of input");
        assertThat(model.transcriptProperty().get()).isEqualTo("3\nline 1\n");
        assertThat(link.sent).isEmpty();
    }

    @Test
    void aSessionRefusedBeforeItsProgramRanCanRunAsABatch() {
        ConsoleEvent gateway = ConsoleEvent.end(ConsoleEnd.without(ConsoleEndReason.REFUSED,
                "this gateway does not forward console sessions"));
        ConsoleEvent oldImage = ConsoleEvent.end(ConsoleEnd.without(ConsoleEndReason.INTERNAL_ERROR,
                "rebuild the runtime images"));
        model.starting(link, "main.py", new PreparedInput("1 2\n"));
        assertThat(model.endsWithoutAConsole(gateway)).isTrue();
        assertThat(model.endsWithoutAConsole(oldImage)).isTrue();
        assertThat(model.endsWithoutAConsole(ConsoleEvent.end(ConsoleEnd.without(ConsoleEndReason.BUSY, "full"))))
                .as("a busy pool is told, not run another way").isFalse();
        assertThat(model.endsWithoutAConsole(ConsoleEvent.stdout("x"))).isFalse();

        model.ranAsBatch("this gateway does not forward console sessions");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Not run live (this gateway does not forward console"
                + " sessions): ran as a batch run instead, its output in Input & output.");

        model.starting(link, "main.py");
        model.accept(started());
        assertThat(model.endsWithoutAConsole(oldImage)).as("once it ran, an end is the session's own").isFalse();
    }
}
