package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labjudge.protocol.Verdict.ACCEPTED;
import static org.labjudge.protocol.Verdict.OK;
import static org.labjudge.protocol.Verdict.RUNTIME_ERROR;
import static org.labjudge.protocol.Verdict.SKIPPED;
import static org.labjudge.protocol.Verdict.TIME_LIMIT_EXCEEDED;
import static org.labjudge.protocol.Verdict.WRONG_ANSWER;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void onlyOkAndAcceptedPass() {
        assertThat(EnumSet.allOf(Verdict.class).stream().filter(Verdict::passed))
                .containsExactlyInAnyOrder(OK, ACCEPTED);
    }

    @Test
    void overallIsTheFirstTestThatDidNotPass() {
        assertThat(Verdict.overall(List.of(ACCEPTED, WRONG_ANSWER, TIME_LIMIT_EXCEEDED))).isEqualTo(WRONG_ANSWER);
        assertThat(Verdict.overall(List.of(OK, TIME_LIMIT_EXCEEDED, WRONG_ANSWER))).isEqualTo(TIME_LIMIT_EXCEEDED);
        assertThat(Verdict.overall(List.of(RUNTIME_ERROR, SKIPPED, SKIPPED))).isEqualTo(RUNTIME_ERROR);
    }

    @Test
    void overallOfPassingTestsIsAcceptedWhenAnyWasJudgedElseOk() {
        assertThat(Verdict.overall(List.of(ACCEPTED, ACCEPTED))).isEqualTo(ACCEPTED);
        assertThat(Verdict.overall(List.of(OK, ACCEPTED, OK))).isEqualTo(ACCEPTED);
        assertThat(Verdict.overall(List.of(OK, OK))).isEqualTo(OK);
    }

    @Test
    void overallOfNoTestsIsOk() {
        assertThat(Verdict.overall(List.of())).isEqualTo(OK);
    }

    @Test
    void skippedCountsAsNotPassed() {
        assertThat(SKIPPED.passed()).isFalse();
        assertThat(Verdict.overall(List.of(ACCEPTED, SKIPPED))).isEqualTo(SKIPPED);
    }

    @Test
    void wireNamesAreTheDesignsTenThenTheJudgeError() {
        List<String> written = Arrays.stream(Verdict.values()).map(v -> Json.write(mapper, v)).toList();
        assertThat(written).containsExactly("\"OK\"", "\"ACCEPTED\"", "\"WRONG_ANSWER\"", "\"TIME_LIMIT_EXCEEDED\"",
                "\"MEMORY_LIMIT_EXCEEDED\"", "\"OUTPUT_LIMIT_EXCEEDED\"", "\"RUNTIME_ERROR\"",
                "\"COMPILATION_ERROR\"", "\"SKIPPED\"", "\"INTERNAL_ERROR\"", "\"JUDGE_ERROR\"");
        for (Verdict verdict : Verdict.values()) {
            assertThat(Json.read(mapper, Json.write(mapper, verdict), Verdict.class)).isEqualTo(verdict);
        }
    }
}
