package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All eight of Jobe's language ids are offered by a node that runs their languages, with the node's versions,
 * and the three the other Jobe tests leave out (php, pascal, octave) run a program through Jobe's API.
 */
@Tag("docker")
class JobeLanguagesTest {
    @RegisterExtension
    static final JobeNode NODE = new JobeNode(2);

    private final JobeClient jobe = NODE.jobe();

    @Test
    void languagesListsJobesEightIdsWithTheirVersions() {
        JsonNode listed = jobe.read(jobe.get(JobeApi.LANGUAGES).body());

        Map<String, String> versions = new LinkedHashMap<>();
        listed.forEach(pair -> versions.put(pair.get(0).asText(), pair.get(1).asText()));
        assertThat(versions).containsOnlyKeys("python3", "c", "cpp", "java", "nodejs", "php", "pascal", "octave");
        assertThat(versions.values()).allSatisfy(version -> assertThat(version).matches("\\d+(\\.\\d+)+.*"));
    }

    static Stream<Arguments> helloWorlds() {
        return Stream.of(
                Arguments.of("php", "<?php echo \"Hello from \" . 'php' . \"\\n\";"),
                Arguments.of("pascal", "program hello; begin writeln('Hello from pascal'); end."),
                Arguments.of("octave", "printf(\"Hello from %s\\n\", 'octave');"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helloWorlds")
    void helloWorldRunsAsOutcome15WithItsOutput(String language, String source) {
        JsonNode result = jobe.run(jobe.spec(language, source + "\n"));

        assertThat(result.get("outcome").asInt()).as("%s", result).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("Hello from " + language + "\n");
        assertThat(result.get("stderr").asText()).isEmpty();
        assertThat(result.get("cmpinfo").asText()).isEmpty();
    }
}
