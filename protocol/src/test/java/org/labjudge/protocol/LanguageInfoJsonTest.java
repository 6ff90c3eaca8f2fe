package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageInfoJsonTest {
    private static final TypeReference<List<LanguageInfo>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designExampleIsReadAndWrittenBack() {
        String json = DesignExamples.load("languages.json");
        List<LanguageInfo> languages = Json.read(mapper, json, LIST);

        assertThat(languages).containsExactly(new LanguageInfo("python", "Python 3", "3.11.2", "main.py", false,
                List.of("py", "py3"), "print(input())\n"));
        JsonTrees.assertSameJson(Json.write(mapper, languages), json);
    }

    @Test
    void bytesAndArraysReadTheSame() {
        String json = DesignExamples.load("languages.json");
        assertThat(Json.read(mapper, json.getBytes(StandardCharsets.UTF_8), LIST))
                .isEqualTo(List.of(Json.read(mapper, json, LanguageInfo[].class)));
    }

    @Test
    void compiledLanguageRoundTrips() {
        LanguageInfo java = new LanguageInfo("java", "Java", "21.0.5", "Main.java", true, List.of("java"), "");
        String json = Json.write(mapper, java);
        JsonTrees.assertSameJson(json, "{\"id\":\"java\",\"name\":\"Java\",\"version\":\"21.0.5\","
                + "\"sourceFile\":\"Main.java\",\"compiled\":true,\"extensions\":[\"java\"],\"template\":\"\"}");
        assertThat(Json.read(mapper, json, LanguageInfo.class)).isEqualTo(java);
    }

    @Test
    void unknownFieldsAreIgnored() {
        LanguageInfo info = Json.read(mapper, "{\"id\":\"rust\",\"compiled\":true,\"highlighting\":\"c\"}",
                LanguageInfo.class);
        assertThat(info.id()).isEqualTo("rust");
        assertThat(info.compiled()).isTrue();
    }

    @Test
    void anEarlierNodesAnswerReadsWithNoExtensionsAndNoTemplate() {
        LanguageInfo info = Json.read(mapper, "{\"id\":\"c\",\"name\":\"C\",\"version\":\"12.2.0\","
                + "\"sourceFile\":\"main.c\",\"compiled\":true}", LanguageInfo.class);
        assertThat(info.extensions()).isEmpty();
        assertThat(info.template()).isEmpty();
    }
}
