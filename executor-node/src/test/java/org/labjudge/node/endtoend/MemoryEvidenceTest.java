package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A runtime's "out of memory" text is MEMORY_LIMIT_EXCEEDED only with memory evidence (an OOM kill, or a peak
 * near the limit); a program that prints it, raises it itself, or asks for more than the limit in one
 * allocation (refused at once, nothing used) gets RUNTIME_ERROR. Real programs on a real node.
 */
@Tag("docker")
class MemoryEvidenceTest {
    private static final Limits LIMITS = new Limits(3000, 10000, 128, 64, 64);
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 2));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static TestResult judge(String language, String source) {
        RunResult result = node.run(RunRequest.of(language, source).withLimits(LIMITS)
                .withTests(List.of(new TestCase("1", "", ""))));
        return result.tests().get(0);
    }

    @Test
    void printingMemoryErrorIsARuntimeError() {
        TestResult test = judge("python", "import sys\nsys.stderr.write('MemoryError\\n')\nsys.exit(1)\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.message()).startsWith("exit code 1: the program reported running out of memory, but its peak");
    }

    @Test
    void raisingMemoryErrorItselfIsARuntimeError() {
        TestResult test = judge("python", "raise MemoryError\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.stderr()).endsWith("MemoryError\n");
    }

    @Test
    void oneAllocationFarAboveTheLimitIsRefusedAtOnceAndIsARuntimeError() {
        TestResult test = judge("python", "x = [0] * (10 ** 13)\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.stderr()).contains("MemoryError");
        assertThat(test.memoryKb()).isLessThan(64 * 1024);
    }

    @Test
    void pythonGrowingToTheLimitIsAMemoryLimitExceeded() {
        TestResult test = judge("python", "xs = []\nwhile True:\n    xs.append(bytearray(1 << 20))\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
    }

    @Test
    void throwingOutOfMemoryErrorItselfIsARuntimeError() {
        TestResult test = judge("java", "public class Main { public static void main(String[] a) {"
                + " throw new OutOfMemoryError(\"Java heap space\"); } }\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.stderr()).contains("java.lang.OutOfMemoryError");
    }

    @Test
    void aJavaHeapFilledToItsEndIsAMemoryLimitExceededWithItsPeakNearTheLimit() {
        TestResult test = judge("java", "import java.util.*; public class Main { public static void main(String[] a) {"
                + " List<long[]> kept = new ArrayList<>(); while (true) kept.add(new long[128 * 1024]); } }\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(test.memoryKb()).as(test::toString).isGreaterThanOrEqualTo(96 * 1024);
    }
}
