package org.labjudge.node.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * One run of the soak and everything its answer must say: the run's verdict (one of {@code verdicts}; two only
 * where the kernel decides, as for the fork bomb), the build step's verdict, each test's verdict in order, and
 * for some tests their stdout or a phrase of their message.
 *
 * @param kind what kind of run, e.g. "c time limit" or "output flood": the figures are counted by it
 * @param request what is posted
 * @param verdicts the run verdicts accepted
 * @param compile the build step's verdict, or null where the language has none
 * @param tests each test's expected verdict and (if not null) stdout and message phrase, in order
 */
record SoakCase(String kind, RunRequest request, List<Verdict> verdicts, Verdict compile, List<Expected> tests) {

    /** What one test must end as. */
    record Expected(List<Verdict> verdicts, String stdout, String messagePhrase) {
        Expected {
            verdicts = List.copyOf(verdicts);
        }

        static Expected of(Verdict... verdicts) {
            return new Expected(List.of(verdicts), null, null);
        }

        Expected printing(String newStdout) {
            return new Expected(verdicts, newStdout, messagePhrase);
        }

        Expected saying(String phrase) {
            return new Expected(verdicts, stdout, phrase);
        }
    }

    SoakCase {
        verdicts = List.copyOf(verdicts);
        tests = List.copyOf(tests);
    }

    /** Null when {@code result} says what it must; else every way it differs. */
    String wrongIn(RunResult result) {
        List<String> wrong = new ArrayList<>();
        if (!verdicts.contains(result.verdict())) {
            wrong.add("run " + result.verdict() + ", expected " + join(verdicts));
        }
        Verdict built = result.compile() == null ? null : result.compile().verdict();
        if (built != compile) {
            wrong.add("build " + built + ", expected " + compile + (result.compile() == null ? "" : " ("
                    + result.compile().timeMs() + " ms CPU, " + result.compile().wallTimeMs() + " ms wall; "
                    + abbreviate(result.compile().stderr()) + ")"));
        }
        if (result.tests().size() != tests.size()) {
            wrong.add(result.tests().size() + " tests, expected " + tests.size());
        }
        for (int i = 0; i < Math.min(tests.size(), result.tests().size()); i++) {
            Expected expected = tests.get(i);
            TestResult test = result.tests().get(i);
            if (!expected.verdicts().contains(test.verdict())) {
                wrong.add("test " + test.name() + " " + test.verdict() + ", expected " + join(expected.verdicts()) + " ("
                        + test.timeMs() + " ms CPU, " + test.wallTimeMs() + " ms wall, " + test.memoryKb() / 1024
                        + " MB; " + test.message() + "; stderr " + abbreviate(test.stderr()) + ")");
            }
            if (expected.stdout() != null && !expected.stdout().equals(test.stdout())) {
                wrong.add("test " + test.name() + " printed " + abbreviate(test.stdout()) + ", expected "
                        + abbreviate(expected.stdout()));
            }
            if (expected.messagePhrase() != null
                    && (test.message() == null || !test.message().contains(expected.messagePhrase()))) {
                wrong.add("test " + test.name() + " message '" + test.message() + "', expected it to say '"
                        + expected.messagePhrase() + "'");
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /**
     * Whether what {@link #wrongIn} found was a wall clock stopping a build or a test (the words of the node's
     * verdict rules): on a machine loaded far past its cores, that is the machine's doing more than the node's.
     */
    static boolean byWallClock(String difference) {
        return difference.contains("ms (wall clock)") || difference.contains("ms of wall-clock time");
    }

    /** The request in brief, to print beside a wrong answer. */
    String describe() {
        StringBuilder text = new StringBuilder(kind).append(" [").append(request.language()).append(", limits ")
                .append(request.limits()).append(", stdin ").append(quote(request.stdin())).append(", tests");
        request.tests().forEach(t -> text.append(' ').append(t.name()).append('=').append(quote(t.input())));
        if (request.stopOnFirstFailure()) {
            text.append(", stop on first failure");
        }
        return text.append(']').toString();
    }

    private static String join(List<Verdict> verdicts) {
        return String.join(" or ", verdicts.stream().map(Objects::toString).toList());
    }

    private static String quote(String text) {
        return '"' + abbreviate(text).replace("\n", "\\n") + '"';
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        text = text.strip();
        return text.length() <= 120 ? text : text.substring(0, 120) + "...(" + text.length() + " chars)";
    }
}
