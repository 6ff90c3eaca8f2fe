package org.labjudge.app.ui.run;

import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;

/**
 * A row of the results table: a test's result and the test it ran, whose expected output is shown only for
 * sample tests (secret tests are judged, not shown).
 */
public record TestRow(TestResult result, TestCase test, boolean secret) {

    public String name() {
        return result.name();
    }
}
