package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * Programs of several files on a real node: the source left out, every file under its own name, the main file
 * found by the language's rule and the other sources compiled with it (docs/languages.md, "Several files").
 */
@Tag("docker")
class SeveralFilesTest {
    private static final List<TestCase> SUM = List.of(new TestCase("1", "1 2\n", "3\n"),
            new TestCase("2", "40 2\n", "42\n"));
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 2)
                .set("languages", List.of("c", "cpp", "java", "python", "go")));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static RunResult judge(String language, String problem, SourceFile... files) {
        return node.run(RunRequest.ofFiles(language, List.of(files), problem).withTests(SUM));
    }

    @Test
    void cCompilesEverySourceAndLinksThemWithTheHeaderBeside() {
        RunResult result = judge("c", "sum",
                new SourceFile("main.c", "#include <stdio.h>\n#include \"add.h\"\n"
                        + "int main(void) { int a, b; scanf(\"%d %d\", &a, &b); printf(\"%d\\n\", add(a, b)); return 0; }\n"),
                new SourceFile("add.c", "#include \"add.h\"\nint add(int a, int b) { return a + b; }\n"),
                new SourceFile("add.h", "#ifndef ADD_H\n#define ADD_H\nint add(int a, int b);\n#endif\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void cppCompilesEverySource() {
        RunResult result = judge("cpp", "sum",
                new SourceFile("solve.cpp", "#include <iostream>\n#include \"adder.hpp\"\n"
                        + "int main() { long a, b; std::cin >> a >> b; std::cout << Adder{}.add(a, b) << '\\n'; }\n"),
                new SourceFile("adder.cpp", "#include \"adder.hpp\"\nlong Adder::add(long a, long b) const { return a + b; }\n"),
                new SourceFile("adder.hpp", "#pragma once\nstruct Adder { long add(long a, long b) const; };\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void javaRunsTheClassWithMainAndCompilesTheOther() {
        RunResult result = judge("java", "sum",
                new SourceFile("Adder.java", "public class Adder {\n"
                        + "    static long add(long a, long b) { return a + b; }\n}\n"),
                new SourceFile("Solution.java", "import java.util.Scanner;\npublic class Solution {\n"
                        + "    public static void main(String[] args) {\n"
                        + "        Scanner in = new Scanner(System.in);\n"
                        + "        System.out.println(Adder.add(in.nextLong(), in.nextLong()));\n    }\n}\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.compile().verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void pythonRunsTheGuardedFileWhichImportsTheOther() {
        RunResult result = judge("python", null,
                new SourceFile("arith.py", "def add(a, b):\n    return a + b\n"),
                new SourceFile("app.py", "import arith\n\nif __name__ == \"__main__\":\n"
                        + "    a, b = map(int, input().split())\n    print(arith.add(a, b))\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void pythonChecksEveryFileSoABrokenModuleIsACompilationError() {
        RunResult result = judge("python", "sum",
                new SourceFile("sum.py", "import arith\nprint(arith.add(*map(int, input().split())))\n"),
                new SourceFile("arith.py", "def add(a, b)\n    return a + b\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().stderr()).contains("arith.py");
    }

    @Test
    void goBuildsThePackageMainAndLeavesOtherPackagesOut() {
        RunResult result = judge("go", "sum",
                new SourceFile("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
                        + "\tvar a, b int\n\tfmt.Scan(&a, &b)\n\tfmt.Println(add(a, b))\n}\n"),
                new SourceFile("add.go", "package main\n\nfunc add(a, b int) int { return a + b }\n"),
                new SourceFile("other.go", "package other\n\nfunc Unused() {}\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void twoPossibleMainFilesAreRefusedNamingBoth() {
        RunRequest request = RunRequest.ofFiles("python", List.of(
                new SourceFile("a.py", "if __name__ == '__main__':\n    print(1)\n"),
                new SourceFile("b.py", "if __name__ == \"__main__\":\n    print(2)\n")), "sum").withTests(SUM);

        HttpResponse<String> response = node.post("/api/v1/runs", Json.write(node.json, request));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("python: several files hold an if __name__ == \\\"__main__\\\": block"
                + " (a.py, b.py)");
    }

    @Test
    void filesBesideASingleSourceAreStillOnlyBesideIt() {
        // A request of one source is as before: helper.c defines main too, so compiled with it, it would not link.
        RunResult result = node.run(new RunRequest("c", "#include <stdio.h>\n"
                + "int main(void) { int a, b; scanf(\"%d %d\", &a, &b); printf(\"%d\\n\", a + b); return 0; }\n",
                List.of(new SourceFile("helper.c", "int main(void) { return 1; }\n")), null, null, null, SUM, null,
                false));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
    }
}
