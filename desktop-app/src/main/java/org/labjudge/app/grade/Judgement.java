package org.labjudge.app.grade;

import org.labjudge.app.submission.Submission;
import org.labjudge.protocol.RunResult;

/**
 * What grading found for one submission: the node's {@code result}, or the {@code error} that kept it from
 * being judged (then {@code result} is {@code null}). {@code cached}: the whole result is an earlier grade's
 * (nothing was sent); {@code testsRun}: how many tests a node was sent for it (the rest came from the cache).
 */
public record Judgement(Submission submission, RunResult result, String error, boolean cached, int testsRun) {

    public boolean judged() {
        return result != null;
    }
}
