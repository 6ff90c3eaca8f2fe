package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunResultJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designExampleIsReadFieldByField() {
        RunResult result = Json.read(mapper, DesignExamples.load("run-result.json"), RunResult.class);

        assertThat(result.id()).isEqualTo("…");
        assertThat(result.nodeId()).isEqualTo("lab-07");
        assertThat(result.language()).isEqualTo("python");
        assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.compile()).isEqualTo(new CompileResult(0, "", "", 0, 0, false, null));
        assertThat(result.tests()).containsExactly(new TestResult("1", Verdict.ACCEPTED, 0, null, "3\n", "",
                18, 25, 9100, false, null));
        assertThat(result.limits()).isEqualTo(new Limits(2000, 6000, 256, 64, 64));
        assertThat(result.queueMs()).isZero();
        assertThat(result.totalMs()).isEqualTo(61);
    }

    @Test
    void designExampleIsWrittenBackAsItWas() {
        String json = DesignExamples.load("run-result.json");
        RunResult result = Json.read(mapper, json, RunResult.class);
        // CompileResult carries two fields the example leaves out; they are written with their defaults.
        JsonTrees.assertSameJson(Json.write(mapper, result), json, "compile.wallTimeMs", "compile.outputTruncated");
        assertThat(Json.read(mapper, Json.write(mapper, result), RunResult.class)).isEqualTo(result);
    }

    @Test
    void absentSignalAndMessageAreLeftOutAndPresentOnesWritten() {
        TestResult accepted = new TestResult("1", Verdict.ACCEPTED, 0, null, "3\n", "", 18, 25, 9100, false, null);
        JsonNode written = JsonTrees.tree(Json.write(mapper, accepted));
        assertThat(written.has("signal")).isFalse();
        assertThat(written.has("message")).isFalse();

        TestResult killed = new TestResult("2", Verdict.TIME_LIMIT_EXCEEDED, null, "SIGKILL", "", "", 2000, 2003,
                9100, false, "killed after 2000 ms of CPU time");
        JsonNode writtenKilled = JsonTrees.tree(Json.write(mapper, killed));
        assertThat(writtenKilled.get("signal").asText()).isEqualTo("SIGKILL");
        assertThat(writtenKilled.get("message").asText()).isEqualTo("killed after 2000 ms of CPU time");
        assertThat(writtenKilled.has("exitCode")).isFalse();
        assertThat(Json.read(mapper, Json.write(mapper, killed), TestResult.class)).isEqualTo(killed);
    }

    @Test
    void compileFailureKeepsItsOutputAndVerdict() {
        CompileResult compile = new CompileResult(1, "", "main.c:1: error: expected ';'", 120, 180, false,
                Verdict.COMPILATION_ERROR);
        RunResult result = new RunResult("r1", "lab-01", "c", Verdict.COMPILATION_ERROR, compile, null,
                new Limits(2000, 6000, 256, 64, 64), 3, 200);

        assertThat(result.tests()).isEmpty();
        RunResult back = Json.read(mapper, Json.write(mapper, result), RunResult.class);
        assertThat(back).isEqualTo(result);
        assertThat(back.compile().verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(JsonTrees.tree(Json.write(mapper, compile)).get("verdict").asText()).isEqualTo("COMPILATION_ERROR");
    }

    @Test
    void passedFollowsTheVerdict() {
        assertThat(new TestResult("1", Verdict.OK, 0, null, "", "", 0, 0, 0, false, null).passed()).isTrue();
        assertThat(new TestResult("1", Verdict.WRONG_ANSWER, 0, null, "", "", 0, 0, 0, false, null).passed())
                .isFalse();
        assertThat(new TestResult("1", null, 0, null, "", "", 0, 0, 0, false, null).passed()).isFalse();
    }

    @Test
    void unknownFieldsAreIgnored() {
        RunResult result = Json.read(mapper, "{\"id\":\"x\",\"verdict\":\"OK\",\"cacheHit\":true,"
                + "\"tests\":[{\"name\":\"run\",\"verdict\":\"OK\",\"cpuSet\":\"0-1\"}]}", RunResult.class);
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.tests()).extracting(TestResult::name).containsExactly("run");
    }

    @Test
    void resultsAreImmutable() {
        RunResult result = new RunResult("x", "n", "c", Verdict.OK, null,
                new java.util.ArrayList<>(List.of(new TestResult("run", Verdict.OK, 0, null, "", "", 0, 0, 0, false,
                        null))), null, 0, 0);
        assertThatThrownBy(() -> result.tests().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownVerdictIsRefusedNamingTheTest() {
        assertThatThrownBy(() -> Json.read(mapper,
                "{\"tests\":[{\"name\":\"1\",\"verdict\":\"OK\"},{\"name\":\"2\",\"verdict\":\"PRESENTATION_ERROR\"}]}",
                RunResult.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("tests[1].verdict: unknown value \"PRESENTATION_ERROR\", expected one of OK, "
                        + "ACCEPTED, WRONG_ANSWER");
    }
}
