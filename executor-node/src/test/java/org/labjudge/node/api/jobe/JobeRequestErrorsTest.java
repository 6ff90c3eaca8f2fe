package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/** Requests Jobe refuses are refused with Jobe's status codes and messages (as JSON strings); languages are Jobe's ids. */
@Tag("docker")
class JobeRequestErrorsTest {
    private static RunningNodeFixture node;
    private static JobeClient jobe;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 1));
        jobe = new JobeClient(node, null);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(jobe.read(response.body()).asText()).isEqualTo(message);
    }

    @Test
    void anUnknownLanguageIs400() {
        assertRefused(jobe.post(jobe.spec("NoSuchLanguage", "x")), 400, "Language 'nosuchlanguage' is not known");
    }

    @Test
    void aMissingRequiredAttributeIs400() {
        ObjectNode noLanguage = jobe.json.createObjectNode().put("sourcecode", "print(1)");
        ObjectNode noSource = jobe.json.createObjectNode().put("language_id", "python3");

        assertRefused(jobe.post(noLanguage), 400, "run_spec is missing the required attribute 'language_id'");
        assertRefused(jobe.post(noSource), 400, "run_spec is missing the required attribute 'sourcecode'");
    }

    @Test
    void cputimeAboveTheNodesMaximumIs400() {
        ObjectNode spec = jobe.spec("c", "int main() { return 0; }\n");
        spec.putObject("parameters").put("cputime", 151);

        assertRefused(jobe.post(spec), 400, "cputime exceeds maximum allowed on this Jobe server ("
                + node.config.max().timeMs() / 1000 + " secs)");
    }

    @Test
    void anIllegalSourceFileNameIs400() {
        assertRefused(jobe.post(jobe.spec("python3", "print(1)").put("sourcefilename", "../etc/passwd")), 400,
                "The sourcefilename for the run_spec is illegal");
    }

    @Test
    void languagesAreJobesIdsWithTheNodesVersions() {
        JsonNode languages = jobe.read(jobe.get(JobeApi.LANGUAGES).body());
        JsonNode nodeLanguages = jobe.read(node.get("/api/v1/languages").body());

        List<String> pairs = new ArrayList<>();
        languages.forEach(pair -> pairs.add(pair.get(0).asText() + " " + pair.get(1).asText()));
        String python = versionOf(nodeLanguages, "python");
        String javascript = versionOf(nodeLanguages, "javascript");
        assertThat(pairs).contains("python3 " + python, "c " + versionOf(nodeLanguages, "c"),
                "cpp " + versionOf(nodeLanguages, "cpp"), "java " + versionOf(nodeLanguages, "java"),
                "nodejs " + javascript);
        assertThat(pairs).noneMatch(p -> p.startsWith("python ") || p.startsWith("javascript "));
    }

    private static String versionOf(JsonNode languages, String id) {
        for (JsonNode language : languages) {
            if (language.get("id").asText().equals(id)) {
                return language.get("version").asText();
            }
        }
        throw new AssertionError("the node does not run " + id);
    }
}
