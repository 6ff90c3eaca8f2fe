package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRequestJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designExampleIsReadFieldByField() {
        RunRequest request = Json.read(mapper, DesignExamples.load("run-request.json"), RunRequest.class);

        assertThat(request.language()).isEqualTo("python");
        assertThat(request.source()).isEqualTo("a, b = map(int, input().split())\nprint(a + b)\n");
        assertThat(request.files()).containsExactly(new SourceFile("helper.py", "..."));
        assertThat(request.stdin()).isEqualTo("used when tests is empty");
        assertThat(request.args()).isEmpty();
        assertThat(request.limits()).isEqualTo(new Limits(2000, 6000, 256, 64, 64));
        assertThat(request.tests()).containsExactly(new TestCase("1", "1 2\n", "3\n"));
        assertThat(request.checker()).isEqualTo(new CheckerSpec(CheckerType.TOKENS, false, null, 1e-6, 1e-6));
        assertThat(request.stopOnFirstFailure()).isFalse();
    }

    @Test
    void designExampleIsWrittenBackAsItWas() {
        String json = DesignExamples.load("run-request.json");
        RunRequest request = Json.read(mapper, json, RunRequest.class);
        JsonTrees.assertSameJson(Json.write(mapper, request), json);
        assertThat(Json.read(mapper, Json.write(mapper, request), RunRequest.class)).isEqualTo(request);
    }

    @Test
    void utf8BytesReadLikeText() {
        String json = DesignExamples.load("run-request.json");
        assertThat(Json.read(mapper, json.getBytes(StandardCharsets.UTF_8), RunRequest.class))
                .isEqualTo(Json.read(mapper, json, RunRequest.class));
    }

    @Test
    void onlyLanguageAndSourceAreNeeded() {
        RunRequest request = Json.read(mapper, "{\"language\":\"c\",\"source\":\"int main(){}\"}", RunRequest.class);

        assertThat(request).isEqualTo(RunRequest.of("c", "int main(){}"));
        assertThat(request.files()).isEmpty();
        assertThat(request.args()).isEmpty();
        assertThat(request.tests()).isEmpty();
        assertThat(request.stdin()).isEmpty();
        assertThat(request.limits()).isEqualTo(Limits.NONE);
        assertThat(request.checker()).isEqualTo(CheckerSpec.DEFAULT);
        assertThat(request.stopOnFirstFailure()).isFalse();
    }

    @Test
    void explicitNullsAreTreatedAsLeftOut() {
        RunRequest request = Json.read(mapper, "{\"language\":\"c\",\"source\":\"\",\"files\":null,\"stdin\":null,"
                + "\"args\":null,\"limits\":null,\"tests\":null,\"checker\":null}", RunRequest.class);
        assertThat(request).isEqualTo(RunRequest.of("c", ""));
    }

    @Test
    void stopOnFirstFailureIsRead() {
        RunRequest request = Json.read(mapper,
                "{\"language\":\"c\",\"source\":\"x\",\"stopOnFirstFailure\":true}", RunRequest.class);
        assertThat(request.stopOnFirstFailure()).isTrue();
    }

    @Test
    void unknownFieldsAreIgnored() {
        RunRequest request = Json.read(mapper, "{\"language\":\"go\",\"source\":\"package main\",\"priority\":3,"
                + "\"client\":{\"name\":\"desktop\",\"tags\":[1,2]},"
                + "\"tests\":[{\"name\":\"a\",\"input\":\"\",\"weight\":2}]}", RunRequest.class);
        assertThat(request.language()).isEqualTo("go");
        assertThat(request.tests()).containsExactly(new TestCase("a", "", null));
    }

    @Test
    void testWithoutExpectedOutputKeepsNullExpected() {
        RunRequest request = Json.read(mapper,
                "{\"language\":\"bash\",\"source\":\"cat\",\"tests\":[{\"name\":\"echo\",\"input\":\"hi\\n\"}]}",
                RunRequest.class);
        assertThat(request.tests().get(0).expected()).isNull();
        assertThat(Json.write(mapper, request.tests().get(0))).isEqualTo("{\"name\":\"echo\",\"input\":\"hi\\n\"}");
    }

    @Test
    void testInputAndFileContentLeftOutAreEmpty() {
        assertThat(new TestCase(null, null, "x").input()).isEmpty();
        assertThat(new SourceFile("data.txt", null).content()).isEmpty();
    }

    @Test
    void languageAndSourceAreRequired() {
        assertThatThrownBy(() -> Json.read(mapper, "{\"source\":\"x\"}", RunRequest.class))
                .isInstanceOf(ProtocolException.class).hasMessage("language is required");
        assertThatThrownBy(() -> Json.read(mapper, "{\"language\":\" \",\"source\":\"x\"}", RunRequest.class))
                .isInstanceOf(ProtocolException.class).hasMessage("language is required");
        assertThatThrownBy(() -> Json.read(mapper, "{\"language\":\"c\"}", RunRequest.class))
                .isInstanceOf(ProtocolException.class).hasMessage("source is required");
        assertThatThrownBy(() -> RunRequest.of(null, "x"))
                .isInstanceOf(ProtocolException.class).hasMessage("language is required");
    }

    @Test
    void fileNamesAreRequired() {
        assertThatThrownBy(() -> Json.read(mapper,
                "{\"language\":\"c\",\"source\":\"x\",\"files\":[{\"name\":\"a.h\"},{\"content\":\"y\"}]}",
                RunRequest.class))
                .isInstanceOf(ProtocolException.class).hasMessage("files[1].name is required");
    }

    @Test
    void listsAreImmutableCopies() {
        List<TestCase> tests = new ArrayList<>(List.of(new TestCase("1", "", "")));
        RunRequest request = RunRequest.of("python", "print()").withTests(tests);
        tests.add(new TestCase("2", "", ""));

        assertThat(request.tests()).hasSize(1);
        assertThatThrownBy(() -> request.tests().add(new TestCase("3", "", "")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.args().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withersChangeOneThing() {
        RunRequest base = RunRequest.of("python", "print(input())");
        Limits limits = new Limits(1000, null, null, null, null);
        CheckerSpec exact = CheckerSpec.of(CheckerType.EXACT);

        assertThat(base.withStdin("hi\n").stdin()).isEqualTo("hi\n");
        assertThat(base.withLimits(limits).limits()).isEqualTo(limits);
        assertThat(base.withChecker(exact).checker()).isEqualTo(exact);
        assertThat(base.withTests(List.of(new TestCase("1", "a", "a"))).withTests(null).tests()).isEmpty();
        assertThat(base.withLimits(limits).withLimits(null)).isEqualTo(base);
    }

    @Test
    void problemsCollectInvalidLimitsAndChecker() {
        RunRequest request = RunRequest.of("c", "x")
                .withLimits(new Limits(-5, null, null, null, null))
                .withChecker(new CheckerSpec(null, null, null, -0.5, null));
        assertThat(request.problems()).containsExactly(
                "limits.timeMs must be positive, got -5",
                "checker.floatAbsTolerance must be a non-negative number, got -0.5");
        assertThat(RunRequest.of("c", "x").problems()).isEmpty();
    }
}
