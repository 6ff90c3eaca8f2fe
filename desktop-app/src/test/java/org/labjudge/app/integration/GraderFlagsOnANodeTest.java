package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.node.process.NodeProcess;

/**
 * A legacy scoring package's {@code grader_flags} verdict modes, judged through {@code labjudge judge} on a real
 * node (a child process on loopback, Docker sandboxes): each group's verdict is the one its mode gives.
 */
@Tag("docker")
class GraderFlagsOnANodeTest {
    // Echoes n, except: 1 is answered wrong, 2 crashes.
    private static final String PROGRAM = "n = int(input())\nif n == 2:\n    raise SystemExit('crash')\n"
            + "print(0 if n == 1 else n)\n";

    private static NodeProcess node;
    private static Path nodeList;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startNode() throws Exception {
        Path jar = NodeProcess.findJar().orElseThrow(() -> new AssertionError("build the node's shaded jar first"));
        node = NodeProcess.start(jar, "grader-flags", 1);
        node.awaitListening(120);
        nodeList = NodeProcess.writeNodeList(dir.resolve("nodes.json"), List.of(node));
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void eachGroupsVerdictIsTheOneItsVerdictModeGives() throws Exception {
        Path problem = dir.resolve("modes");
        write(problem, "problem.yaml", "name: Modes\ntype: scoring\n");
        write(problem, "data/sample/1.in", "5\n");
        write(problem, "data/sample/1.ans", "5\n");
        write(problem, "data/secret/testdata.yaml", "on_reject: continue\n");
        tests(problem, "a", 1, 2); // no grader_flags: the format's worst_error
        tests(problem, "b", 1, 2);
        write(problem, "data/secret/b/testdata.yaml", "grader_flags: first_error\n");
        tests(problem, "c", 1);
        write(problem, "data/secret/c/testdata.yaml", "grader_flags: always_accept\n");
        tests(problem, "d", 1, 3);
        write(problem, "data/secret/d/testdata.yaml", "grader_flags: accept_if_any_accepted\n");
        Path source = write(dir, "echo.py", PROGRAM);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(new String[] {"--nodes", nodeList.toString(), "judge", problem.toString(),
                source.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(out.toString()).as(out + err.toString())
                .containsPattern("(?m)^secret/a +RUNTIME_ERROR +0/2 ")
                .containsPattern("(?m)^secret/b +WRONG_ANSWER +0/2 ")
                .containsPattern("(?m)^secret/c +ACCEPTED +0/1 ")
                .containsPattern("(?m)^secret/d +ACCEPTED +1/2 ")
                .containsPattern("(?m)^Score: 1 / 7$");
        assertThat(code).isEqualTo(LabJudgeMain.EXIT_OK);
    }

    /** Tests {@code secret/<group>/<n>} with input and answer n. */
    private static void tests(Path problem, String group, int... ns) throws IOException {
        for (int n : ns) {
            write(problem, "data/secret/" + group + "/" + n + ".in", n + "\n");
            write(problem, "data/secret/" + group + "/" + n + ".ans", n + "\n");
        }
    }

    private static Path write(Path root, String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return path;
    }
}
