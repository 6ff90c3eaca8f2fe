package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A console session's messages read and write as the design shows, each with exactly one field. */
class ConsoleJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    private <T> T roundTrip(String example, Class<T> type) {
        String json = DesignExamples.load(example);
        T value = Json.read(mapper, json, type);
        JsonTrees.assertSameJson(Json.write(mapper, value), json);
        return value;
    }

    @Test
    void theStartCarriesARunAndTheSessionsLimits() {
        // Read only: a RunRequest is written with its defaults filled in.
        ConsoleCommand command = Json.read(mapper, DesignExamples.load("console-start.json"), ConsoleCommand.class);
        assertThat(command.start().run().language()).isEqualTo("python");
        assertThat(command.start().run().limits().timeMs()).isEqualTo(2000);
        assertThat(command.start().idleSeconds()).isEqualTo(120);
        assertThat(command.start().totalSeconds()).isEqualTo(600);
        assertThat(command.start().problems()).isEmpty();
    }

    @Test
    void inputEndOfInputAndStopAreOneFieldEach() {
        assertThat(roundTrip("console-input.json", ConsoleCommand.class).input()).isEqualTo("Ada\n");
        assertThat(roundTrip("console-end-input.json", ConsoleCommand.class).endInput()).isTrue();
        assertThat(roundTrip("console-stop.json", ConsoleCommand.class).stop()).isTrue();
    }

    @Test
    void aMessageWithNoneOrTwoFieldsIsRefused() {
        assertThatThrownBy(() -> Json.read(mapper, "{}", ConsoleCommand.class)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> Json.read(mapper, "{\"input\":\"a\",\"stop\":true}", ConsoleCommand.class))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> Json.read(mapper, "{\"stop\":false}", ConsoleCommand.class))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void aStartWithTestsOrNoRunHasProblems() {
        ConsoleStart withTests = new ConsoleStart(RunRequest.of("python", "print(1)")
                .withTests(java.util.List.of(new TestCase("1", "", null))), null, null);
        assertThat(withTests.problems()).containsExactly(
                "start.run.tests: a console run has no tests (what the user types is its input)");
        assertThat(new ConsoleStart(null, 1, 1).problems()).containsExactly("start.run: required");
        assertThat(new ConsoleStart(RunRequest.of("python", ""), 0, null).problems())
                .containsExactly("start.idleSeconds: must be positive");
    }

    @Test
    void theNodesEventsReadAsShown() {
        ConsoleEvent started = roundTrip("console-started.json", ConsoleEvent.class);
        assertThat(started.started().limits().wallTimeMs()).isEqualTo(600_000);
        assertThat(roundTrip("console-stdout.json", ConsoleEvent.class).stdout()).isEqualTo("Your name? ");
        ConsoleEvent end = roundTrip("console-end.json", ConsoleEvent.class);
        assertThat(end.last()).isTrue();
        assertThat(end.end().reason()).isEqualTo(ConsoleEndReason.EXITED);
        assertThat(end.end().verdict()).isEqualTo(Verdict.OK);
        assertThat(end.end().exitCode()).isZero();
        ConsoleEvent stopped = roundTrip("console-end-stopped.json", ConsoleEvent.class);
        assertThat(stopped.end().reason()).isEqualTo(ConsoleEndReason.STOPPED);
        assertThat(stopped.end().verdict()).isNull();
        assertThat(stopped.end().signal()).isEqualTo("SIGKILL");
    }

    @Test
    void theEndOfASessionADrainingServerEndedReadsAsShown() {
        ConsoleEvent drained = roundTrip("console-end-shutting-down.json", ConsoleEvent.class);
        assertThat(drained.end().reason()).isEqualTo(ConsoleEndReason.STOPPED);
        assertThat(drained.end().verdict()).isNull();
        assertThat(drained.end().message()).startsWith("ended: the node is shutting down after ");
    }
}
