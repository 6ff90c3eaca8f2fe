package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The first message of a console session ({@code /api/v1/console}): the program to run live and how long the
 * session may last. {@code run} is a {@link RunRequest} whose {@code tests} are left out (a console run has
 * no tests; its {@code stdin} is typed input that arrives before anything the user types). Limits left out
 * take the node's; the node answers the ones it applies in {@link ConsoleStarted}.
 *
 * @param run the program, its files and limits ({@code limits.timeMs} is its CPU time, as in every run)
 * @param idleSeconds how long the program may go without input or output before it is ended; null: the node's
 * @param totalSeconds the session's whole wall-clock time; null: the node's
 */
public record ConsoleStart(RunRequest run, Integer idleSeconds, Integer totalSeconds) {

    /** What is wrong with this start, in words; empty when it can be run. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (run == null) {
            problems.add("start.run: required");
            return problems;
        }
        run.problems().forEach(p -> problems.add("start.run." + p));
        if (!run.tests().isEmpty()) {
            problems.add("start.run.tests: a console run has no tests (what the user types is its input)");
        }
        if (idleSeconds != null && idleSeconds <= 0) {
            problems.add("start.idleSeconds: must be positive");
        }
        if (totalSeconds != null && totalSeconds <= 0) {
            problems.add("start.totalSeconds: must be positive");
        }
        return problems;
    }
}
