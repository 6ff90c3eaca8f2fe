package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The janitor of an engine that answers again after a slow spell (the node's health check re-prepares the engine)
 * removes the containers its node left behind, and not those of sandboxes in use: a run in flight goes on.
 * Found in the soak: under load a health probe timed out, and the tidy-up that followed cut runs' containers
 * from under them ("sandbox closed its connection", INTERNAL_ERROR).
 */
@Tag("docker")
class JanitorSparesLiveSandboxesTest {

    @Test
    void aSandboxInUseKeepsItsContainerAndALeftoverGoes() throws Exception {
        try (SandboxFixture fixture = new SandboxFixture()) {
            // A leftover: made by an earlier life of this node (another provider under the same labels).
            DockerSandboxProvider earlierLife = new DockerSandboxProvider(fixture.docker, EngineProbe.standard(),
                    fixture.labels);
            Sandbox leftover = earlierLife.open(new SandboxSpec(SandboxFixture.IMAGE, 128, 32, 1.0, 16, 16));
            String leftoverId = leftover.id();
            try (Sandbox inUse = fixture.open()) {
                assertThat(shortIds(fixture)).contains(leftoverId, inUse.id());

                int removed = fixture.janitor.removeLeftovers();

                assertThat(removed).isEqualTo(1);
                assertThat(shortIds(fixture)).containsExactly(inUse.id());
                ExecResult r = inUse.execute(SandboxFixture.sh("echo still here", ""));
                assertThat(r.stdoutText()).isEqualTo("still here\n");
            }
            assertThat(fixture.janitor.leftovers()).as("a closed sandbox removes its own container").isEmpty();
        }
    }

    @Test
    void removeAllTakesSandboxesInUseToo() {
        SandboxFixture fixture = new SandboxFixture();
        Sandbox inUse = fixture.open();
        assertThat(fixture.janitor.removeLeftovers()).isZero();

        assertThat(fixture.janitor.removeAll()).isEqualTo(1);

        assertThat(fixture.janitor.leftovers()).isEmpty();
        inUse.close();
    }

    /** The janitor lists full container ids; a sandbox names its container by the short one. */
    private static java.util.List<String> shortIds(SandboxFixture fixture) {
        return fixture.janitor.leftovers().stream().map(id -> id.substring(0, 12)).toList();
    }
}
