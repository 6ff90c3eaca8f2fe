package org.labjudge.app.ui.owntests;

import org.labjudge.protocol.TestCase;

/** A test the student wrote for a problem: a name of its own, the input, and the expected output (may be empty). */
public record OwnTest(String name, String input, String expected) {

    public OwnTest {
        input = input == null ? "" : input;
        expected = expected == null ? "" : expected;
    }

    /** As the node runs it: no expected output means only "does it run" (OK on exit 0). */
    public TestCase toTestCase() {
        return new TestCase(name, input, expected.isEmpty() ? null : expected);
    }
}
