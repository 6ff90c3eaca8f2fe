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

/** Allocating 4 GiB under a 128 MB limit is MEMORY_LIMIT_EXCEEDED, and the host is not touched. */
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
    @ValueSource(strings = {"c", "python", "java"})
    void allocatingFourGibibytesExceedsTheMemoryLimit(String language, HostileNode node) {
        TestResult test = node.runOnce(language, HOGS.get(language));

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(test.message()).contains("128 MB");
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(HostileNode.SMALL.wallTimeMs() + 500L);
        node.assertSurvived();
    }

    @Test
    void filesInTheMemoryBackedDirectoriesCountAgainstTheMemoryLimit(HostileNode node) {
        // The work dir, /tmp and /dev/shm are tmpfs: filling all three asks for more than 128 MB.
        // Whichever process the kernel kills (at worst the agent too), the run is MLE and later tests
        // are skipped, never INTERNAL_ERROR.
        String filler = """
                head -c 60M /dev/zero > /box/a
                head -c 60M /dev/zero > /tmp/b
                head -c 16M /dev/zero > /dev/shm/c
                head -c 60M /dev/zero > /box/d
                echo survived
                """;
        RunResult result = node.runTests("bash", filler, HostileNode.SMALL,
                List.of(new TestCase("1", "", null), new TestCase("2", "", null)));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(result.tests().get(0).verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(result.tests().get(1).verdict()).isIn(Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.SKIPPED);
        node.assertSurvived();
    }
}
