package org.labjudge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * {@code labjudge run}, {@code judge} and {@code grade} with programs of several files, against a real node
 * (Docker sandboxes, HTTP on loopback): a folder, or several files named one by one, is one program whose main
 * file the node's language rule finds; a student's folder is one submission.
 */
@Tag("docker")
class SeveralFilesCommandsTest {
    private static final Path SUM = Path.of("..", "examples", "problems", "sum");
    private static RunningNodeFixture node;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path nodes;

    @BeforeAll
    static void start() throws IOException {
        node = new RunningNodeFixture(b -> b.set("slots", 2).set("languages", List.of("c", "python", "java")));
        nodes = Files.writeString(shared.resolve("nodes.json"),
                "{\"nodes\":[{\"name\":\"n1\",\"url\":\"" + node.uri("") + "\"}]}");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void runOfAFolderCompilesItsSourcesWithTheHeaderAndLeavesOtherFilesOut() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("prog"));
        Files.writeString(folder.resolve("main.c"), "#include <stdio.h>\n#include \"twice.h\"\n"
                + "int main(void) { int n; scanf(\"%d\", &n); printf(\"%d\\n\", twice(n)); return 0; }\n");
        Files.writeString(folder.resolve("twice.c"), "#include \"twice.h\"\nint twice(int n) { return 2 * n; }\n");
        Files.writeString(folder.resolve("twice.h"), "int twice(int n);\n");
        Files.writeString(folder.resolve("notes.md"), "# not sent\n");

        Result result = run("7\n", "run", folder.toString(), "--nodes", nodes.toString());

        assertThat(result.err).as(result.err).contains("[OK,");
        assertThat(result.out).isEqualTo("14\n");
        assertThat(result.code).isZero();
    }

    @Test
    void runOfSeveralFilesRunsTheOneWithTheMainGuard() throws IOException {
        Path helper = Files.writeString(dir.resolve("shout.py"), "def shout(s):\n    return s.upper() + '!'\n");
        Path app = Files.writeString(dir.resolve("app.py"), "import shout\n\nif __name__ == '__main__':\n"
                + "    print(shout.shout(input()))\n");

        Result result = run("hi\n", "run", helper.toString(), app.toString(), "--nodes", nodes.toString());

        assertThat(result.out).as(result.err).isEqualTo("HI!\n");
        assertThat(result.code).isZero();
    }

    @Test
    void anAmbiguousMainFileIsRefusedNamingTheCandidates() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("two"));
        Files.writeString(folder.resolve("a.py"), "print(1)\n");
        Files.writeString(folder.resolve("b.py"), "print(2)\n");

        Result result = run("", "run", folder.toString(), "--nodes", nodes.toString());

        assertThat(result.err).contains("python: cannot tell the main file among a.py, b.py: give one an"
                + " if __name__ == \"__main__\": block");
        assertThat(result.out).isEmpty();
        assertThat(result.code).isNotZero();
    }

    @Test
    void judgeOfAFolderFindsThePythonFileNamedLikeTheProblem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("solution"));
        Files.writeString(folder.resolve("sum.py"), "from arith import add\nprint(add(*map(int, input().split())))\n");
        Files.writeString(folder.resolve("arith.py"), "def add(a, b):\n    return a + b\n");

        Result result = run("", "judge", SUM.toString(), folder.toString(), "--nodes", nodes.toString());

        assertThat(result.out).as(result.out + result.err).contains("Verdict: ACCEPTED (10/10 tests passed)");
        assertThat(result.out).contains("(sum): solution, python, 10 tests");
        assertThat(result.code).isZero();
    }

    @Test
    void gradeTakesAStudentsFolderOfSeveralFilesAsOneSubmission() throws IOException {
        Path submissions = Files.createDirectories(dir.resolve("submissions"));
        Path ann = Files.createDirectories(submissions.resolve("ann"));
        Files.writeString(ann.resolve("Adder.java"), "public class Adder {\n"
                + "    static long add(long a, long b) { return a + b; }\n}\n");
        Files.writeString(ann.resolve("Solve.java"), "import java.util.Scanner;\npublic class Solve {\n"
                + "    public static void main(String[] args) {\n        Scanner in = new Scanner(System.in);\n"
                + "        System.out.println(Adder.add(in.nextLong(), in.nextLong()));\n    }\n}\n");
        Path ben = Files.createDirectories(submissions.resolve("ben"));
        Files.writeString(ben.resolve("main.c"), "#include <stdio.h>\nlong add(long, long);\n"
                + "int main(void) { long a, b; scanf(\"%ld %ld\", &a, &b); printf(\"%ld\\n\", add(a, b)); return 0; }\n");
        Files.writeString(ben.resolve("add.c"), "long add(long a, long b) { return a - b; }\n");
        Files.writeString(submissions.resolve("cy.py"), "print(sum(map(int, input().split())))\n");
        Path dee = Files.createDirectories(submissions.resolve("dee"));
        Files.writeString(dee.resolve("one.py"), "print(1)\n");
        Files.writeString(dee.resolve("two.py"), "print(2)\n");

        Result result = run("", "grade", SUM.toString(), submissions.toString(), "--nodes", nodes.toString(),
                "--json", "--no-cache", "--no-similarity", "--out", dir.resolve("out").toString());

        JsonNode rows = new ObjectMapper().readTree(result.out).get("rows");
        assertThat(rows).as(result.err).hasSize(4);
        assertThat(rows.get(0).get("student").asText()).isEqualTo("ann");
        assertThat(rows.get(0).get("verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(rows.get(1).get("student").asText()).isEqualTo("ben");
        assertThat(rows.get(1).get("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(rows.get(2).get("verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(rows.get(3).get("verdict").asText()).isEqualTo("NOT_JUDGED");
        assertThat(rows.get(3).get("error").asText()).contains("cannot tell the main file among one.py, two.py:"
                + " name it sum.py, or give one an if __name__ == \"__main__\": block");
        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_REJECTED); // dee's submission could not be judged
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StandardInput input = new StandardInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false);
        int code = LabJudgeMain.run(args, input, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
