package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Unbounded recursion overflows the stack: RUNTIME_ERROR, not a memory or time verdict. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class StackOverflowTest {
    private static final Map<String, String> RECURSIONS = Map.of(
            "c", """
                    #include <stdio.h>
                    int f(int n) { volatile char pad[256]; pad[0] = (char) n; return f(n + 1) + pad[0]; }
                    int main(void) { printf("%d\\n", f(0)); return 0; }
                    """,
            "python", "def f(n):\n    return f(n + 1) + 1\nprint(f(0))\n",
            "java", """
                    public class Main {
                        static int f(int n) { return f(n + 1) + 1; }
                        public static void main(String[] args) { System.out.println(f(0)); }
                    }
                    """);
    private static final Map<String, String> EVIDENCE = Map.of(
            "c", "SIGSEGV", "python", "RecursionError", "java", "java.lang.StackOverflowError");

    /** Unwinding a million frames takes a JVM a while: more time than the other attacks get. */
    private static final Limits LIMITS = new Limits(3000, 10000, 128, 64, 32);

    @ParameterizedTest
    @ValueSource(strings = {"c", "python", "java"})
    void deepRecursionIsARuntimeError(String language, HostileNode node) {
        TestResult test = node.runOnce(language, RECURSIONS.get(language), LIMITS, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.signal() + test.stderr()).contains(EVIDENCE.get(language));
        node.assertSurvived();
    }
}
