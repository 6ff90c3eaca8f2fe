package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;
import org.labjudge.protocol.Limits;

/** A real node executes Piston's requests and answers in Piston's shape: run and compile stages. */
@Tag("docker")
class PistonExecuteTest {
    private static RunningNodeFixture node;
    private static PistonClient piston;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 2));
        piston = new PistonClient(node);
    }

    @AfterAll
    static void stop() {
        node.close();
        assertThat(node.containers()).as("sandbox containers left behind").isEmpty();
    }

    @Test
    void anInterpretedProgramsSyntaxErrorIsItsRunStageFailingAsInPiston() {
        JsonNode answer = piston.execute(piston.request("py", "print('unclosed'\n"));

        assertThat(answer.has("compile")).as("%s", answer).isFalse();
        JsonNode run = answer.get("run");
        assertThat(run.get("code").asInt()).isNotZero();
        assertThat(run.get("stderr").asText()).contains("SyntaxError");
        assertThat(run.get("stdout").asText()).isEmpty();
    }

    @Test
    void anInterpretedProgramHasARunStageOnly() {
        ObjectNode request = piston.request("py", "import sys\nprint(input(), sys.argv[1:])\nprint('err', file=sys.stderr)\n");
        request.put("stdin", "hello\n").putArray("args").add("1").add("two");

        JsonNode answer = piston.execute(request);

        assertThat(answer.get("language").asText()).isEqualTo("python");
        assertThat(answer.get("version").asText()).isEqualTo(nodeVersion("python"));
        assertThat(answer.has("compile")).isFalse();
        JsonNode run = answer.get("run");
        assertThat(run.get("stdout").asText()).isEqualTo("hello ['1', 'two']\n");
        assertThat(run.get("stderr").asText()).isEqualTo("err\n");
        assertThat(run.get("output").asText()).isEqualTo("hello ['1', 'two']\nerr\n");
        assertThat(run.get("code").asInt()).isZero();
        assertThat(run.get("signal").isNull()).isTrue();
        assertThat(run.get("status").isNull()).isTrue();
        assertThat(run.get("wall_time").asLong()).isPositive();
        assertThat(run.get("memory").asLong()).isPositive();
    }

    @Test
    void aCompiledProgramHasACompileStageToo() {
        JsonNode answer = piston.execute(piston.request("c++",
                "#include <iostream>\nint main() { std::cout << 6 * 7 << std::endl; return 3; }\n"));

        assertThat(answer.get("language").asText()).isEqualTo("c++");
        assertThat(answer.get("compile").get("code").asInt()).isZero();
        assertThat(answer.get("run").get("stdout").asText()).isEqualTo("42\n");
        assertThat(answer.get("run").get("code").asInt()).isEqualTo(3);
        assertThat(answer.get("run").get("status").asText()).isEqualTo("RE");
    }

    @Test
    void bothStagesReportTheirCpuTimeWallTimeAndMemoryWithinTheirLimits() {
        // Work enough for whole milliseconds of CPU time (the figures are in ms, rounded down).
        ObjectNode request = piston.request("c", "#include <stdio.h>\nint main() { volatile unsigned long s = 0;"
                + " for (unsigned long i = 0; i < 50000000UL; i++) s += i; puts(\"hi\"); return 0; }\n");
        request.put("run_cpu_time", 2000).put("run_timeout", 3000).put("run_memory_limit", 128L * 1024 * 1024);

        JsonNode answer = piston.execute(request);

        // The compile stage runs under the node's compile limits, the run stage under the request's.
        Limits compileLimits = node.config.judgeSettings().compileLimits();
        assertFigures(answer.get("compile"), compileLimits.timeMs(), compileLimits.wallTimeMs(),
                compileLimits.memoryMb() * 1024L * 1024L);
        assertFigures(answer.get("run"), 2000, 3000, 128L * 1024 * 1024);
        assertThat(answer.get("run").get("stdout").asText()).isEqualTo("hi\n");
    }

    /** A stage's cpu_time and wall_time (ms) and memory (bytes) were measured: above 0, below the stage's limits. */
    private static void assertFigures(JsonNode stage, long cpuLimitMs, long wallLimitMs, long memoryLimitBytes) {
        assertThat(stage.get("code").asInt()).as("%s", stage).isZero();
        assertThat(stage.get("cpu_time").asLong()).as("cpu_time of %s", stage).isPositive().isLessThan(cpuLimitMs);
        assertThat(stage.get("wall_time").asLong()).as("wall_time of %s", stage).isPositive().isLessThan(wallLimitMs);
        assertThat(stage.get("memory").asLong()).as("memory of %s", stage).isPositive().isLessThan(memoryLimitBytes);
    }

    @Test
    void kotlinScalaAndTypeScriptRunUnderPistonsAliases() {
        JsonNode kotlin = piston.execute(piston.request("kt", "fun main() { println(readln().toInt() * 2) }\n")
                .put("stdin", "21\n"));
        JsonNode scala = piston.execute(piston.request("sc",
                "object Main:\n  def main(args: Array[String]): Unit = println(args.mkString(\"+\"))\n")
                .set("args", piston.read("[\"a\", \"b\"]")));
        JsonNode typescript = piston.execute(piston.request("ts5",
                "const n: number = 6 * 7;\nconsole.log(`${n}`);\n"));

        assertThat(kotlin.get("language").asText()).isEqualTo("kotlin");
        assertThat(kotlin.get("version").asText()).isEqualTo(nodeVersion("kotlin"));
        assertThat(kotlin.get("compile").get("code").asInt()).as("%s", kotlin).isZero();
        assertThat(kotlin.get("run").get("stdout").asText()).as("%s", kotlin).isEqualTo("42\n");
        assertThat(scala.get("language").asText()).isEqualTo("scala");
        assertThat(scala.get("run").get("stdout").asText()).as("%s", scala).isEqualTo("a+b\n");
        assertThat(typescript.get("language").asText()).isEqualTo("typescript");
        assertThat(typescript.get("compile").get("code").asInt()).as("%s", typescript).isZero();
        assertThat(typescript.get("run").get("stdout").asText()).as("%s", typescript).isEqualTo("42\n");
    }

    @Test
    void aTypeScriptTypeErrorIsAFailedCompileStage() {
        JsonNode answer = piston.execute(piston.request("typescript", "const n: number = \"six\";\n"));

        JsonNode compile = answer.get("compile");
        assertThat(compile.get("code").asInt()).isNotZero();
        assertThat(compile.get("stdout").asText() + compile.get("stderr").asText()).contains("TS2322");
        assertThat(answer.get("run")).isEqualTo(compile);
    }

    @Test
    void aFailedCompileIsAlsoTheRunStageAsInPiston() {
        JsonNode answer = piston.execute(piston.request("c", "int main() { return nope; }\n"));

        JsonNode compile = answer.get("compile");
        assertThat(compile.get("code").asInt()).isNotZero();
        assertThat(compile.get("stderr").asText()).contains("nope");
        assertThat(answer.get("run")).isEqualTo(compile);
    }

    @Test
    void aRunPastItsTimeIsKilledWithStatusTO() {
        ObjectNode request = piston.request("bash", "while true; do :; done\n");
        request.put("run_timeout", 1500).put("run_cpu_time", 1000);

        JsonNode run = piston.execute(request).get("run");

        assertThat(run.get("status").asText()).isEqualTo("TO");
        assertThat(run.get("signal").asText()).isEqualTo("SIGKILL");
        assertThat(run.get("code").isNull()).isTrue();
    }

    @Test
    void extraFilesArePlacedBesideTheProgram() {
        ObjectNode request = piston.request("javascript", "console.log(require('./util.js').twice(21))\n");
        request.withArray("files").addObject().put("name", "util.js")
                .put("content", "bW9kdWxlLmV4cG9ydHMudHdpY2UgPSB4ID0+IDIgKiB4Owo=").put("encoding", "base64");

        assertThat(piston.execute(request).get("run").get("stdout").asText()).isEqualTo("42\n");
    }

    @Test
    void requestsPistonRefusesAre400WithItsMessages() {
        ObjectNode unknown = piston.request("python", "print(1)").put("version", "2.7");
        ObjectNode tooLong = piston.request("python", "print(1)").put("run_timeout", node.config.max().wallTimeMs() + 1);
        ObjectNode noLanguage = piston.request("python", "print(1)");
        noLanguage.remove("language");

        assertMessage(piston.post(unknown), "python-2.7 runtime is unknown");
        assertMessage(piston.post(tooLong), "run_timeout cannot exceed the configured limit of " + node.config.max().wallTimeMs());
        assertMessage(piston.post(noLanguage), "language is required as a string");
    }

    @Test
    void runtimesListPistonsNamesAndAliasesWithTheNodesVersions() {
        JsonNode runtimes = piston.read(node.get(PistonApi.RUNTIMES).body());

        JsonNode javascript = find(runtimes, "javascript");
        assertThat(javascript.get("version").asText()).isEqualTo(nodeVersion("javascript"));
        assertThat(javascript.get("runtime").asText()).isEqualTo("node");
        assertThat(javascript.get("aliases").toString()).contains("\"js\"");
        assertThat(find(runtimes, "c++").get("aliases").toString()).contains("\"cpp\"");
        assertThat(find(runtimes, "python").has("runtime")).isFalse();
        for (String language : new String[] {"kotlin", "scala", "typescript"}) {
            assertThat(find(runtimes, language).get("version").asText()).isEqualTo(nodeVersion(language));
        }
        assertThat(find(runtimes, "kotlin").get("aliases").toString()).isEqualTo("[\"kt\"]");
        assertThat(find(runtimes, "scala").get("aliases").toString()).isEqualTo("[\"sc\"]");
        assertThat(find(runtimes, "typescript").get("aliases").toString()).contains("\"ts\"", "\"node-ts\"");
        assertThat(find(runtimes, "rscript").get("version").asText()).isEqualTo(nodeVersion("r"));
    }

    private static void assertMessage(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(piston.read(response.body()).get("message").asText()).isEqualTo(message);
    }

    private static JsonNode find(JsonNode runtimes, String language) {
        for (JsonNode runtime : runtimes) {
            if (runtime.get("language").asText().equals(language)) {
                return runtime;
            }
        }
        throw new AssertionError("no runtime " + language + " in " + runtimes);
    }

    private static String nodeVersion(String id) {
        for (JsonNode language : piston.read(node.get("/api/v1/languages").body())) {
            if (language.get("id").asText().equals(id)) {
                return language.get("version").asText();
            }
        }
        throw new AssertionError("the node does not run " + id);
    }
}
