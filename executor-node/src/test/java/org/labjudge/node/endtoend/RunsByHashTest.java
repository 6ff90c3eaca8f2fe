package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labjudge.node.endtoend.BlobStoreEndpointsTest.put;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.BlobHash;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProblemDetail;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;

/** Runs whose tests and validator come from the node's blob store: judged as the same run sent inline. */
@Tag("docker")
class RunsByHashTest {
    private static final String SUM = "a, b = map(int, input().split())\nprint(a + b)\n";
    private static final String VALIDATOR = "import sys\n"
            + "answer = open(sys.argv[2]).read().split()\n"
            + "sys.exit(42 if sys.stdin.read().split() == answer else 43)\n";
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 1));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String upload(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String hash = BlobHash.of(bytes);
        int status = put(node, hash, bytes, "application/octet-stream").statusCode();
        assertThat(status).isIn(200, 201);
        return hash;
    }

    private static List<TestCase> inlineTests() {
        return List.of(new TestCase("1", "1 2\n", "3\n"), new TestCase("2", "20 22\n", "42\n"),
                new TestCase("3", "2 2\n", "5\n"));
    }

    private static List<TestCase> testsByHash() {
        return inlineTests().stream().map(t -> t.byHash(upload(t.input()), upload(t.expected()))).toList();
    }

    private static void assertJudgedAlike(RunResult byHash, RunResult inline) {
        assertThat(byHash.verdict()).isEqualTo(inline.verdict());
        assertThat(byHash.tests()).extracting(TestResult::name, TestResult::verdict, TestResult::stdout)
                .containsExactlyElementsOf(inline.tests().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.name(), t.verdict(), t.stdout())).toList());
    }

    @Test
    void aRunByHashIsJudgedAsTheSameRunInline() {
        RunResult inline = node.run(RunRequest.of("python", SUM).withTests(inlineTests()));
        RunResult byHash = node.run(RunRequest.of("python", SUM).withTests(testsByHash()));

        assertJudgedAlike(byHash, inline);
        assertThat(byHash.tests()).extracting(TestResult::verdict).map(Enum::name)
                .containsExactly("ACCEPTED", "ACCEPTED", "WRONG_ANSWER");
    }

    @Test
    void aValidatorWhoseFileIsByHashJudgesAsInline() {
        ValidatorSpec inlineValidator = new ValidatorSpec("python", List.of(new SourceFile("validate.py", VALIDATOR)), null);
        ValidatorSpec validatorByHash = inlineValidator.withFiles(List.of(
                new SourceFile("validate.py", VALIDATOR).byHash(upload(VALIDATOR))));

        RunResult inline = node.run(RunRequest.of("python", SUM).withTests(inlineTests()).withValidator(inlineValidator));
        RunResult byHash = node.run(RunRequest.of("python", SUM).withTests(testsByHash()).withValidator(validatorByHash));

        assertJudgedAlike(byHash, inline);
        assertThat(byHash.verdict().name()).isEqualTo("WRONG_ANSWER");
    }

    @Test
    void aRunReferencingBlobsTheNodeLacksIsRefusedNamingThemAll() {
        String held = upload("1 2\n");
        String lackedInput = BlobHash.ofText("never uploaded input\n");
        String lackedAnswer = BlobHash.ofText("never uploaded answer\n");
        RunRequest request = RunRequest.of("python", SUM).withTests(List.of(
                new TestCase("1", "", null, null, null, held, lackedAnswer),
                new TestCase("2", "", null, null, null, lackedInput, null)));

        for (String path : List.of("/api/v1/runs", "/api/v1/runs/stream")) {
            HttpResponse<String> answer = node.post(path, Json.write(node.json, request));

            assertThat(answer.statusCode()).as(path).isEqualTo(409);
            ProblemDetail problem = Json.read(node.json, answer.body(), ProblemDetail.class);
            assertThat(problem.aboutMissingBlobs()).isTrue();
            assertThat(problem.missingBlobs()).containsExactly(lackedAnswer, lackedInput);
            assertThat(problem.detail()).contains(lackedInput);
        }
    }
}
