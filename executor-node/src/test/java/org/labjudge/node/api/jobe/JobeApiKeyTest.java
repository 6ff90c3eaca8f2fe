package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/** On a node with tokens, Jobe's clients authenticate with X-API-KEY carrying one of them; others get Jobe's 403. */
@Tag("docker")
class JobeApiKeyTest {
    private static final String TOKEN = "jobe-key-0123456789";
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 1).set("tokens", java.util.List.of(TOKEN)));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aNodeTokenInXApiKeyIsAccepted() {
        JobeClient jobe = new JobeClient(node, TOKEN);

        assertThat(jobe.run(jobe.spec("python3", "print('in')\n")).get("stdout").asText()).isEqualTo("in\n");
        assertThat(jobe.get(JobeApi.LANGUAGES).statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingOrUnknownKeyIs403AsInJobe() {
        JobeClient without = new JobeClient(node, null);
        JobeClient wrong = new JobeClient(node, "not-a-token");

        HttpResponse<String> missing = without.post(without.spec("python3", "print(1)\n"));
        HttpResponse<String> unknown = wrong.get(JobeApi.LANGUAGES);

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).isEqualTo("Missing API key");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).isEqualTo("Unknown API key");
        assertThat(wrong.headFile("anyfile1234").statusCode()).isEqualTo(403);
    }
}
