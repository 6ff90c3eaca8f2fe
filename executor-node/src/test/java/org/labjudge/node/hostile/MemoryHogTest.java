package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Allocating 4 GiB under a 128 MB limit: in C and Python the pages are touched and the kernel kills the program
 * at the limit, MEMORY_LIMIT_EXCEEDED; the JVM refuses the array at once (its heap ends at 85% of the limit),
 * so no memory is used and its OutOfMemoryError alone is no evidence: RUNTIME_ERROR, saying why. Either way
 * the host is not touched.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class MemoryHogTest {
    private static final Map<String, String> HOGS = Map.of(
            "c", """
                    #include <stdio.h>
                    #include <stdlib.h>
                    int main(void) {
                        size_t n = (size_t) 4 << 30;
                        volatile char *p = malloc(n);
                        if (!p) { fprintf(stderr, "malloc failed\\n"); return 3; }
                        for (size_t i = 0; i < n; i += 4096) p[i] = 1;
                        printf("%d\\n", p[n - 1]);
                        return 0;
                    }
                    """,
            "python", "b = bytearray(4 * 1024 ** 3)\nprint(len(b))\n",
            "java", """
                    public class Main {
                        public static void main(String[] args) {
                            long[] x = new long[512 * 1024 * 1024];
                            x[x.length - 1] = 1;
                            System.out.println(x.length);
                        }
                    }
                    """);

    @ParameterizedTest
    @ValueSource(strings = {"c", "python"})
    void allocatingFourGibibytesExceedsTheMemoryLimit(String language, HostileNode node) {
        TestResult test = node.runOnce(language, HOGS.get(language));

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(test.message()).contains("128 MB");
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(HostileNode.SMALL.wallTimeMs() + 500L);
        node.assertSurvived();
    }

    @Test
    void aJavaArrayOfFourGibibytesIsRefusedAtOnceWithoutUsingMemory(HostileNode node) {
        TestResult test = node.runOnce("java", HOGS.get("java"));

        assertThat(test.stderr()).contains("java.lang.OutOfMemoryError: Java heap space");
        if (HostileNode.UNDER_GVISOR) {
            // gVisor's peak memory of a process counts what it mapped, not what it touched (docs/sandbox.md): a
            // JVM reads above 128 MB before it allocates anything, so its refusal is judged as memory used.
            assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
            assertThat(test.memoryKb()).isGreaterThan(96 * 1024);
        } else {
            assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
            assertThat(test.message()).contains("never came near the 128 MB limit");
            assertThat(test.memoryKb()).isLessThan(64 * 1024);
        }
        node.assertSurvived();
    }

    @Test
    void filesInTheMemoryBackedDirectoriesCountAgainstTheMemoryLimit(HostileNode node) {
        // The work dir, /tmp and /dev/shm are tmpfs: 136 MB of files there is more than the 128 MB
        // limit (and each fits its own dir, so none is full first). The files are unlinked while
        // open, so they vanish with the program: what the kernel kills is always the program (the
        // agent is never the only process left with the memory full), the sandbox lives on, and the
        // second test is judged like the first.
        String filler = """
                exec 3>/box/a 4>/tmp/b 5>/dev/shm/c
                rm /box/a /tmp/b /dev/shm/c
                head -c 60M /dev/zero >&3
                head -c 60M /dev/zero >&4
                head -c 16M /dev/zero >&5
                echo survived
                """;
        RunResult result = node.runTests("bash", filler, HostileNode.SMALL,
                List.of(new TestCase("1", "", null), new TestCase("2", "", null)));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        if (HostileNode.UNDER_GVISOR) {
            // gVisor keeps the tmpfs files in its own kernel, charged to the whole sandbox: the host's OOM killer
            // ends the sandbox, and the tests after it are skipped (docs/sandbox.md).
            assertThat(result.tests()).extracting(TestResult::verdict).as(result::toString)
                    .containsExactly(Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.SKIPPED);
            assertThat(result.tests().get(1).message()).contains("the sandbox died with the program");
        } else {
            assertThat(result.tests()).extracting(TestResult::verdict).as(result::toString)
                    .containsExactly(Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED);
        }
        node.assertSurvived();
    }
}
