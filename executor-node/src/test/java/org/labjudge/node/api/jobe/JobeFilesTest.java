package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/** Files PUT into the node's Jobe file cache are found by HEAD and placed in the runs that name them. */
@Tag("docker")
class JobeFilesTest {
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

    @Test
    void aPutFileIsThereForHeadAndForARunThatNamesIt() {
        assertThat(jobe.putFile("datafile0001", "first line\nsecond\n").statusCode()).isEqualTo(204);
        assertThat(jobe.putFile("helperfile02", "def greet():\n    return 'hi'\n").statusCode()).isEqualTo(204);
        assertThat(jobe.headFile("datafile0001").statusCode()).isEqualTo(204);

        ObjectNode spec = jobe.spec("python3", "import helper\nprint(open('data.txt').read().split()[1], helper.greet())\n");
        spec.set("file_list", jobe.json.createArrayNode()
                .add(jobe.json.createArrayNode().add("datafile0001").add("data.txt"))
                .add(jobe.json.createArrayNode().add("helperfile02").add("helper.py")));
        JsonNode result = jobe.run(spec);

        assertThat(result.get("outcome").asInt()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("line hi\n");
    }

    @Test
    void anUnknownFileIs404ForHeadAndForARun() {
        assertThat(jobe.headFile("neverputthere").statusCode()).isEqualTo(404);

        ObjectNode spec = jobe.spec("python3", "print(open('f').read())\n");
        spec.set("file_list", jobe.json.createArrayNode().add(jobe.json.createArrayNode().add("neverputthere").add("f")));
        HttpResponse<String> response = jobe.post(spec);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(jobe.read(response.body()).asText()).isEqualTo("One or more of the specified files is missing/unavailable");
    }

    @Test
    void contentThatIsNotBase64IsRefused() {
        HttpResponse<String> response = jobe.putRaw("/files/badcontent1",
                "{\"file_contents\": \"not base64 at all!\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jobe.read(response.body()).asText()).isEqualTo("put: contents of file badcontent1 are not valid base-64");
        assertThat(jobe.headFile("badcontent1").statusCode()).isEqualTo(404);
    }
}
