package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A program of several files: its source left out, every file under its own name, the problem named. */
class SeveralFilesJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designExampleIsReadAndWrittenBack() {
        String json = DesignExamples.load("run-request-files.json");
        RunRequest request = Json.read(mapper, json, RunRequest.class);

        assertThat(request.source()).isNull();
        assertThat(request.problem()).isEqualTo("sum");
        assertThat(request.files()).extracting(SourceFile::name).containsExactly("main.c", "add.c", "add.h");
        assertThat(request).isEqualTo(RunRequest.ofFiles("c", request.files(), "sum")
                .withTests(List.of(new TestCase("1", "1 2\n", "3\n"))));
        assertThat(Json.read(mapper, Json.write(mapper, request), RunRequest.class)).isEqualTo(request);
        assertThat(Json.write(mapper, request)).doesNotContain("\"source\"");
    }

    @Test
    void aRequestWithNeitherSourceNorFilesNamesTheSource() {
        assertThatThrownBy(() -> Json.read(mapper, "{\"language\":\"c\",\"files\":[]}", RunRequest.class))
                .isInstanceOf(ProtocolException.class).hasMessage("source is required");
    }

    @Test
    void aRequestOfOneSourceWritesNoProblem() {
        assertThat(Json.write(mapper, RunRequest.of("c", "int main(){}")))
                .doesNotContain("problem");
    }

    @Test
    void headersAreReadAndLeftOutWhenNone() {
        String json = DesignExamples.load("language-headers.json");
        LanguageInfo c = Json.read(mapper, json, LanguageInfo.class);

        assertThat(c.headers()).containsExactly("h");
        JsonTrees.assertSameJson(Json.write(mapper, c), json);
        assertThat(Json.write(mapper, new LanguageInfo("python", "Python 3", "3.11.2", "main.py", false,
                List.of("py"), ""))).doesNotContain("headers");
    }
}
