package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading nodes.json, and the messages a lab admin gets for a broken one. */
class NodeListParserTest {

    private final NodeListParser parser = new NodeListParser();

    @Test
    void readsTheDesignExampleWithTokensAndWeights() throws Exception {
        NodeList list = parse("""
                {"token": "shared-secret",
                 "nodes": [{"name": "lab-01", "url": "http://10.1.0.11:7070", "weight": 2, "token": "own"},
                           {"name": "lab-02", "url": "https://lab-02.example.org/labjudge/"}]}
                """);

        assertThat(list.nodes()).hasSize(2);
        NodeEntry first = list.nodes().get(0);
        assertThat(first.name()).isEqualTo("lab-01");
        assertThat(first.endpoint("/api/v1/info")).isEqualTo("http://10.1.0.11:7070/api/v1/info");
        assertThat(first.weight()).isEqualTo(2.0);
        assertThat(first.token()).as("a node's own token overrides the shared one").isEqualTo("own");
        NodeEntry second = list.nodes().get(1);
        assertThat(second.weight()).as("default weight").isEqualTo(1.0);
        assertThat(second.token()).isEqualTo("shared-secret");
        assertThat(second.endpoint("/api/v1/runs")).isEqualTo("https://lab-02.example.org/labjudge/api/v1/runs");
        assertThat(first.toString()).doesNotContain("own");
    }

    @Test
    void noTokenAnywhereMeansNoToken() throws Exception {
        NodeList list = parse("{\"nodes\":[{\"name\":\"a\",\"url\":\"http://127.0.0.1:7070\"}]}");
        assertThat(list.nodes().get(0).token()).isNull();
    }

    @Test
    void aBadUrlNamesTheFileTheFieldAndTheValue() {
        assertProblem("""
                {"nodes": [{"name": "a", "url": "http://h:1"}, {"name": "b", "url": "http://h:2"},
                           {"name": "c", "url": "ftp://x"}]}
                """, "nodes.json: nodes[2].url: not an http(s) URL: 'ftp://x'");
    }

    @Test
    void eachFieldProblemIsNamed() {
        assertProblem("{\"nodes\":[{\"url\":\"http://h:1\"}]}", "nodes.json: nodes[0].name: is required");
        assertProblem("{\"nodes\":[{\"name\":\"a\"}]}", "nodes.json: nodes[0].url: is required");
        assertProblem("{\"nodes\":[{\"name\":5,\"url\":\"http://h:1\"}]}",
                "nodes.json: nodes[0].name: expected text, got a number");
        assertProblem("{\"nodes\":[{\"name\":\"a\",\"url\":\"http://h:1\",\"weight\":-1}]}",
                "nodes.json: nodes[0].weight: must be a positive number, got -1");
        assertProblem("{\"nodes\":[{\"name\":\"a\",\"url\":\"http://h:1\",\"weight\":\"2\"}]}",
                "nodes.json: nodes[0].weight: must be a positive number, got '2'");
        assertProblem("{\"nodes\":[{\"name\":\"a\",\"url\":\"http://h:1\"},{\"name\":\"a\",\"url\":\"http://h:2\"}]}",
                "nodes.json: nodes[1].name: 'a' is listed twice");
        assertProblem("{\"token\":7,\"nodes\":[{\"name\":\"a\",\"url\":\"http://h:1\"}]}",
                "nodes.json: token: expected text, got a number");
        assertProblem("{\"nodes\":[{\"name\":\"a\",\"url\":\"http://h:1?x=1\"}]}",
                "nodes.json: nodes[0].url: must be a plain base URL such as http://10.1.0.11:7070,"
                        + " got 'http://h:1?x=1'");
        assertProblem("{\"nodes\":[\"http://h:1\"]}",
                "nodes.json: nodes[0]: expected an object with \"name\" and \"url\", got text");
    }

    @Test
    void aWrongShapeIsExplained() {
        assertProblem("{}", "nodes.json: nodes: is required (a list of {\"name\", \"url\"})");
        assertProblem("{\"nodes\":{}}", "nodes.json: nodes: expected a list, got an object");
        assertProblem("{\"nodes\":[]}", "nodes.json: nodes: lists no node");
        assertProblem("[]", "nodes.json: expected a JSON object with \"nodes\", got a list");
        assertProblem("", "nodes.json: is empty; expected {\"nodes\": [...]}");
    }

    @Test
    void malformedJsonGivesTheLine() {
        assertThatThrownBy(() -> parse("{\"nodes\": [\n  {\"name\": \"a\",,}\n]}"))
                .isInstanceOf(NodeListException.class)
                .hasMessageStartingWith("nodes.json: not valid JSON at line 2, column");
    }

    private NodeList parse(String json) throws NodeListException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), "nodes.json");
    }

    private void assertProblem(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(NodeListException.class).hasMessage(message);
    }
}
