package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/**
 * Each slot's runs are on the slot's own core (the sandbox's cgroup cpuset): the program, the children it
 * starts and a program that asks for every core all stay there, and two runs at once are on different cores.
 * With more slots than cores, slots share the cores in turn. Needs two cores, as this kind of machine has.
 */
@Tag("docker")
class CorePinningTest {
    /** Prints the cores of the program, of a child and of a grandchild, then of itself after asking for all. */
    private static final String WHERE = """
            grep Cpus_allowed_list /proc/self/status | cut -f2
            bash -c 'grep Cpus_allowed_list /proc/self/status | cut -f2; (grep Cpus_allowed_list /proc/self/status | cut -f2)'
            taskset -p -c 0-1 $$ >/dev/null 2>&1
            grep Cpus_allowed_list /proc/$$/status | cut -f2
            """;

    private static String cores(RunResult result) {
        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.OK);
        return result.tests().get(0).stdout();
    }

    @Test
    void aRunItsChildrenAndAProgramAskingForEveryCoreStayOnTheSlotsCore() {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("pinCores", List.of(1)))) {
            assertThat(cores(node.run(RunRequest.of("bash", WHERE)))).isEqualTo("1\n1\n1\n1\n");
        }
    }

    /** The cores two runs at once were on, on a 2-slot node pinned to {@code cores}. */
    private static List<String> coresOfTwoRunsAtOnce(List<Integer> cores) {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 2).set("pinCores", cores))) {
            RunRequest request = RunRequest.of("bash", "sleep 1.5\ngrep Cpus_allowed_list /proc/self/status | cut -f2\n");
            CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> node.run(request));
            CompletableFuture<RunResult> second = CompletableFuture.supplyAsync(() -> node.run(request));
            return List.of(cores(first.join()), cores(second.join()));
        }
    }

    @Test
    void twoRunsAtOnceAreOnDifferentCores() {
        assertThat(coresOfTwoRunsAtOnce(List.of(0, 1))).containsExactlyInAnyOrder("0\n", "1\n");
    }

    @Test
    void moreSlotsThanCoresShareTheCoresInTurn() {
        assertThat(coresOfTwoRunsAtOnce(List.of(0))).containsExactly("0\n", "0\n");
    }

    @Test
    void withoutPinningARunMayUseEveryCore() {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("pinCores", List.of()))) {
            assertThat(cores(node.run(RunRequest.of("bash", "grep Cpus_allowed_list /proc/self/status | cut -f2\n"))))
                    .isEqualTo("0-" + (Runtime.getRuntime().availableProcessors() - 1) + "\n");
        }
    }
}
