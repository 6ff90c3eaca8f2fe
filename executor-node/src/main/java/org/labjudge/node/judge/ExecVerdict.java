package org.labjudge.node.judge;

import org.labjudge.protocol.Verdict;

/** The verdict an execution earned by how it ended, before its output is checked. */
record ExecVerdict(Verdict verdict, String message) {

    /** It ended normally: its output decides. */
    static final ExecVerdict FINISHED = new ExecVerdict(null, null);

    boolean finished() {
        return verdict == null;
    }
}
