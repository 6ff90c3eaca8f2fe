package org.labjudge.node.matrix;

import java.util.List;
import java.util.Random;
import org.labjudge.node.language.Language;
import org.labjudge.node.matrix.SoakCase.Expected;
import org.labjudge.node.testing.HostilePrograms;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * The soak's mix of runs. Nine in ten are one language of the table (each as likely) with the matrix's program
 * ({@link MatrixPrograms}): half pass a test; the rest end in one of the other ways a student's run ends
 * (wrong answer, crash, CPU time, memory, a plain run with stdin and no tests, a test skipped after a failure,
 * and a program that does not build, where the language has a build step). One in ten is a hostile program
 * (fork bomb, output flood, sleeping past the wall clock, killing every process it can, filling the disk,
 * stopping itself), each with the verdict and words the hostile suite holds it to.
 */
final class SoakMix {
    // As the verdict matrix's: room for an allocating program to be stopped by memory, not CPU time.
    private static final Limits LIMITS = new Limits(3000, 10000, 256, 64, 64);
    private static final Limits HOSTILE = new Limits(1000, 4000, 128, 64, 32);

    private final List<Language> languages;

    SoakMix(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    /** The languages' kinds of run other than passing, as {@link #student} numbers them from 1. */
    private static final int FAILING_KINDS = 7;

    /** Run number {@code n}, drawn from {@code random}. */
    SoakCase pick(Random random, long n) {
        if (random.nextInt(10) == 0) {
            return hostile(random.nextInt(6));
        }
        Language language = languages.get(random.nextInt(languages.size()));
        return student(language, random.nextBoolean() ? 0 : 1 + random.nextInt(FAILING_KINDS), n);
    }

    /** Kind 0 passes; 1 to 7 end another way (7, a broken program, only where the language builds). */
    SoakCase student(Language language, int kind, long n) {
        MatrixPrograms.Programs programs = MatrixPrograms.BY_LANGUAGE.get(language.id());
        if (programs == null) {
            throw new IllegalStateException("no matrix program for " + language.id());
        }
        Verdict built = language.hasBuildStep() ? Verdict.OK : null;
        int i = (int) (n % 100);
        // Reads "i", "i+1 2", an empty line and "3" (no final newline): its answer is 2i + 6.
        TestCase passing = new TestCase("t", i + "\n" + (i + 1) + " 2\n\n3", (2 * i + 6) + "\n");
        Expected passes = Expected.of(Verdict.ACCEPTED).printing((2 * i + 6) + "\n");
        RunRequest judged = RunRequest.of(language.id(), programs.judge()).withLimits(LIMITS);
        String name = language.id() + " ";
        return switch (kind == 7 && programs.broken() == null ? 0 : kind) {
            case 0 -> new SoakCase(name + "accepted", judged.withTests(List.of(passing)), List.of(Verdict.ACCEPTED),
                    built, List.of(passes));
            case 1 -> failing(name + "wrong answer", judged, passing, passes, built,
                    new TestCase("wrong", "1 2\n", "4\n"), Verdict.WRONG_ANSWER);
            case 2 -> failing(name + "run-time error", judged, passing, passes, built,
                    new TestCase("crash", "-1\n", ""), Verdict.RUNTIME_ERROR);
            case 3 -> failing(name + "time limit", judged, passing, passes, built,
                    new TestCase("loop", "-1 -1\n", ""), Verdict.TIME_LIMIT_EXCEEDED);
            case 4 -> failing(name + "memory limit", judged, passing, passes, built,
                    new TestCase("hog", "-3\n", ""), Verdict.MEMORY_LIMIT_EXCEEDED);
            case 5 -> new SoakCase(name + "plain run", judged.withStdin(i + " 3\n"), List.of(Verdict.OK), built,
                    List.of(Expected.of(Verdict.OK).printing((i + 3) + "\n")));
            case 6 -> new SoakCase(name + "skipped after a failure",
                    judged.withTests(List.of(new TestCase("wrong", "1 2\n", "4\n"), passing)).withStopOnFirstFailure(true),
                    List.of(Verdict.WRONG_ANSWER), built,
                    List.of(Expected.of(Verdict.WRONG_ANSWER), Expected.of(Verdict.SKIPPED)));
            case 7 -> new SoakCase(name + "compilation error", RunRequest.of(language.id(), programs.broken())
                    .withLimits(LIMITS).withTests(List.of(passing)), List.of(Verdict.COMPILATION_ERROR),
                    Verdict.COMPILATION_ERROR, List.of(Expected.of(Verdict.SKIPPED)));
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    private static SoakCase failing(String kind, RunRequest judged, TestCase passing, Expected passes, Verdict built,
            TestCase test, Verdict verdict) {
        return new SoakCase(kind, judged.withTests(List.of(passing, test)), List.of(verdict), built,
                List.of(passes, Expected.of(verdict)));
    }

    /** The hostile programs, 0 to 5. */
    SoakCase hostile(int which) {
        return switch (which) {
            // Whether the process cap or the clock stops it first is the kernel's choice, as in ForkBombTest.
            case 0 -> plain("fork bomb", "bash", "bomb() { bomb | bomb & }; bomb\nsleep 30\n",
                    Expected.of(Verdict.TIME_LIMIT_EXCEEDED, Verdict.RUNTIME_ERROR));
            case 1 -> plain("output flood", "bash", "yes spam\n", Expected.of(Verdict.OUTPUT_LIMIT_EXCEEDED));
            case 2 -> plain("sleeper", "bash", "sleep 1000\n",
                    Expected.of(Verdict.TIME_LIMIT_EXCEEDED).saying("wall clock"));
            case 3 -> plain("kill every process", "bash", "sleep 100 &\nsleep 100 &\nkill -9 -1\nwait\necho survived\n",
                    Expected.of(Verdict.OK).printing("survived\n"));
            case 4 -> plain("disk fill", "python", HostilePrograms.FILL_THE_WORK_DIR, Expected.of(Verdict.RUNTIME_ERROR).saying("out of disk space"));
            case 5 -> plain("stops itself", "bash", "echo stopping\nkill -STOP $$\necho resumed\n",
                    Expected.of(Verdict.TIME_LIMIT_EXCEEDED).printing("stopping\n"));
            default -> throw new IllegalArgumentException("hostile " + which);
        };
    }

    private SoakCase plain(String kind, String id, String source, Expected expected) {
        Language language = languages.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the hostile programs need " + id));
        return new SoakCase(kind, RunRequest.of(id, source).withLimits(HOSTILE), expected.verdicts(),
                language.hasBuildStep() ? Verdict.OK : null, List.of(expected));
    }
}
