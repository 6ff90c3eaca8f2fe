package org.labjudge.node.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.node.bench.VerdictMatrix.Case;
import org.labjudge.node.bench.VerdictMatrix.Outcome;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** The matrix's own checks decide whether bin/test-cgroup2 passes: they must fail what the node got wrong. */
class VerdictMatrixChecksTest {
    private static Case named(String name) {
        return VerdictMatrix.cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static TestResult answer(Verdict verdict, String stdout, String message) {
        return new TestResult("t", verdict, 0, null, stdout, "", 10, 20, 1000, false, message, null, null, null);
    }

    private static Outcome slot(String name, String cores) {
        return new Outcome(name, Verdict.OK, Verdict.OK, null, 20, 9000, cores, "");
    }

    @Test
    void aProgramAndItsChildOnTheSlotsOneCoreAreRightAndAnythingWiderIsNot() {
        Case own = named("cpuset-own-core-and-child-c");

        assertThat(VerdictMatrix.problem(own, answer(Verdict.OK, "1 1\n", null))).isEmpty();
        assertThat(VerdictMatrix.problem(own, answer(Verdict.OK, "0-1 0-1\n", null))).isPresent();
        assertThat(VerdictMatrix.problem(own, answer(Verdict.OK, "0 1\n", null))).isPresent();
    }

    @Test
    void twoSlotsAtOnceOnOneCoreIsAProblemOfTheSecond() {
        assertThat(VerdictMatrix.apartProblems(List.of(slot("a", "0"), slot("b", "1")))).isEmpty();
        assertThat(VerdictMatrix.apartProblems(List.of(slot("a", "1"), slot("b", "1"))))
                .containsOnlyKeys("b");
    }

    @Test
    void aTimeLimitByTheWallClockIsNotTheCpuCase() {
        Case cpu = named("time-limit-cpu-c");

        assertThat(VerdictMatrix.problem(cpu,
                answer(Verdict.TIME_LIMIT_EXCEEDED, "", "used more than 1000 ms of CPU time"))).isEmpty();
        assertThat(VerdictMatrix.problem(cpu,
                answer(Verdict.TIME_LIMIT_EXCEEDED, "", "ran longer than 20000 ms (wall clock)"))).isPresent();
    }

    @Test
    void aMeasuredTimeMoreThanAFifthOffTheProgramsOwnClockIsAProblem() {
        Case measured = named("measure-cpu-and-memory-c");

        assertThat(VerdictMatrix.problem(measured, answer(Verdict.OK, "11\n", null))).isEmpty();
        assertThat(VerdictMatrix.problem(measured, answer(Verdict.OK, "800\n", null))).isPresent();
        assertThat(VerdictMatrix.problem(measured, answer(Verdict.OK, "lost\n", null))).isPresent();
    }
}
