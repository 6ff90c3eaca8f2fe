package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * A real node (no tokens) shared by a test class's Jobe runs, as {@code @RegisterExtension static}: started before
 * the class's tests, closed after them, and no sandbox container may be left behind.
 */
final class JobeNode implements BeforeAllCallback, AfterAllCallback {
    private final int slots;
    private RunningNodeFixture node;
    private JobeClient jobe;

    JobeNode(int slots) {
        this.slots = slots;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        node = new RunningNodeFixture(b -> b.set("slots", slots));
        jobe = new JobeClient(node, null);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        node.close();
        assertThat(node.containers()).as("sandbox containers left behind").isEmpty();
    }

    RunningNodeFixture node() {
        return node;
    }

    JobeClient jobe() {
        return jobe;
    }
}
