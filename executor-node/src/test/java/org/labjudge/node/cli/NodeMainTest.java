package org.labjudge.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeMainTest {
    @Test
    void versionPrintsTheNameAndTheVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode).isZero();
        assertThat(run.out()).isEqualTo("executor-node " + NodeVersion.current() + System.lineSeparator());
        assertThat(NodeVersion.current()).isEqualTo("dev");
    }

    @Test
    void helpListsServe() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out()).contains("serve");
    }

    @Test
    void serveHelpShowsTheNodesDefaultPortAndTheSharedOptions() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out()).contains("--config=FILE", "--bind=ADDRESS", "--token=TOKEN", "--token-file=FILE",
                "(default 7070; 0 picks one)", "--slots=N");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("serve");
    }

    @Test
    void anUnknownCommandOrOptionIsAOneLineUsageError() {
        for (String[] args : new String[][] {{"frobnicate"}, {"--frobnicate"}, {"serve", "--frobnicate"},
            {"serve", "--port", "seventy"}, {"serve", "--port"}}) {
            CliRun run = CliRun.of(args);

            assertThat(run.exitCode).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).as(run.err()).singleElement().asString()
                    .startsWith("executor-node: ").doesNotContain("Exception");
        }
    }
}
