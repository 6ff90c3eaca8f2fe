package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.node.api.piston.PistonNpmClient;

/**
 * One URL for the whole pool: a gateway over three real nodes answers wire protocol v1, Jobe's API (with its
 * parameters and file cache) and Piston's API as a node does, and spreads the runs over the nodes.
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayFrontEndsTest {
    private static final String TOKEN = RealPool.TOKEN;

    private Path dir;
    private RealPool pool;
    private GatewayClient client;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        pool = RealPool.start(dir, 3, 2);
        client = new GatewayClient(pool.url());
    }

    @AfterAll
    void stop() throws Exception {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void v1InfoAddsUpTheNodesAndRunsAreSpreadOverThem() {
        JsonNode info = client.ok(client.bearer("GET", "/api/v1/info", TOKEN, null));
        assertThat(info.get("nodeId").asText()).isEqualTo("gw");
        assertThat(info.get("slots").asInt()).isEqualTo(6);
        assertThat(info.get("languages").toString()).contains("\"python\"", "\"c\"", "\"java\"");
        assertThat(client.bearer("GET", "/api/v1/health", null, null).statusCode()).isEqualTo(200);

        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            String body = client.v1Run("python", "print(input()[::-1])", "abc" + i + "\n").toString();
            JsonNode result = client.ok(client.bearer("POST", "/api/v1/runs", TOKEN, body));
            assertThat(result.get("verdict").asText()).isEqualTo("OK");
            assertThat(result.get("tests").get(0).get("stdout").asText()).isEqualTo(i + "cba\n");
            nodes.add(result.get("nodeId").asText());
        }
        assertThat(nodes).as("runs went to more than one node").hasSizeGreaterThan(1).isSubsetOf("n1", "n2", "n3");
    }

    @Test
    void v1RefusesAMissingTokenAndABadRequestAsANodeDoes() {
        HttpResponse<String> anonymous = client.bearer("POST", "/api/v1/runs", null,
                client.v1Run("python", "print(1)", "").toString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> unknown = client.bearer("POST", "/api/v1/runs", TOKEN,
                client.v1Run("cobol", "DISPLAY 'HI'.", "").toString());
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void jobeRunsReachANodeWithTheirParameters() {
        JsonNode languages = client.ok(client.jobe("GET", "/jobe/index.php/restapi/languages", TOKEN, null));
        assertThat(languages.toString()).contains("[\"python3\",", "[\"c\",", "[\"java\",", "[\"nodejs\",");

        JsonNode echoed = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN,
                client.jobeRun("python3", "print(input() + '!')", "hi\n").toString()));
        assertThat(echoed.get("outcome").asInt()).isEqualTo(15);
        assertThat(echoed.get("stdout").asText()).isEqualTo("hi!\n");

        // Interpreter arguments reach the node's commands: under -O an assert does not fire.
        String asserting = "assert False, 'asserts are on'\nprint('asserts are off')";
        ObjectNode optimised = client.jobeRun("python3", asserting, "");
        ((ObjectNode) optimised.get("run_spec")).putObject("parameters").putArray("interpreterargs").add("-O");
        JsonNode off = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN, optimised.toString()));
        JsonNode on = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN,
                client.jobeRun("python3", asserting, "").toString()));
        assertThat(off.get("outcome").asInt()).isEqualTo(15);
        assertThat(off.get("stdout").asText()).isEqualTo("asserts are off\n");
        assertThat(on.get("outcome").asInt()).isEqualTo(12);
        assertThat(on.get("stderr").asText()).contains("AssertionError: asserts are on");

        JsonNode broken = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN,
                client.jobeRun("c", "int main(void) { return x; }", "").toString()));
        assertThat(broken.get("outcome").asInt()).isEqualTo(11);
        assertThat(broken.get("cmpinfo").asText()).contains("x");
    }

    @Test
    void jobeFilesPutToTheGatewayReachWhicheverNodeRunsThem() {
        String id = "gatewayfile0001";
        String content = Base64.getEncoder().encodeToString("from a file\n".getBytes(StandardCharsets.UTF_8));
        String put = client.json.createObjectNode().put("file_contents", content).toString();
        assertThat(client.jobe("HEAD", "/jobe/index.php/restapi/files/" + id, TOKEN, null).statusCode()).isEqualTo(404);
        assertThat(client.jobe("PUT", "/jobe/index.php/restapi/files/" + id, TOKEN, put).statusCode()).isEqualTo(204);
        assertThat(client.jobe("HEAD", "/jobe/index.php/restapi/files/" + id, TOKEN, null).statusCode()).isEqualTo(204);

        // Six runs over three nodes: every node that gets one is sent the file first.
        for (int i = 0; i < 6; i++) {
            ObjectNode run = client.jobeRun("python3", "print(open('data.txt').read(), end='')", "");
            ((ObjectNode) run.get("run_spec")).putArray("file_list").addArray().add(id).add("data.txt");
            JsonNode result = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN, run.toString()));
            assertThat(result.get("outcome").asInt()).isEqualTo(15);
            assertThat(result.get("stdout").asText()).isEqualTo("from a file\n");
        }

        ObjectNode missing = client.jobeRun("python3", "print(1)", "");
        ((ObjectNode) missing.get("run_spec")).putArray("file_list").addArray().add("neverputthere").add("x.txt");
        assertThat(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN, missing.toString()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void jobeRefusesAnUnknownKeyAsJobeDoes() {
        HttpResponse<String> refused = client.jobe("POST", "/jobe/index.php/restapi/runs", "not-a-key",
                client.jobeRun("python3", "print(1)", "").toString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("Unknown API key");
    }

    @Test
    void pistonRunsAndRuntimesComeFromThePool() {
        JsonNode runtimes = client.ok(client.bearer("GET", "/api/v2/runtimes", TOKEN, null));
        assertThat(runtimes.toString()).contains("\"python\"", "\"c++\"", "\"javascript\"");

        JsonNode python = client.ok(client.bearer("POST", "/api/v2/execute", TOKEN,
                client.pistonRun("python", "print(input() * 2)", "ab\n").toString()));
        assertThat(python.get("language").asText()).isEqualTo("python");
        assertThat(python.get("run").get("stdout").asText()).isEqualTo("abab\n");
        assertThat(python.get("run").get("code").asInt()).isZero();

        HttpResponse<String> unknown = client.bearer("POST", "/api/v2/execute", TOKEN,
                client.pistonRun("cobol", "DISPLAY 'HI'.", "").toString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("runtime is unknown");
    }

    @Test
    void theNpmPistonClientWorksAgainstTheGatewayUnchanged() throws Exception {
        // piston-client sends no token: a gateway open to loopback only, over the same nodes.
        try (Gateway open = Gateway.start(GatewayConfig.builder()
                .set("nodes", dir.resolve("nodes.json").toString()).set("port", 0).build(), "test")) {
            PistonNpmClient.assertRanAll(PistonNpmClient.runAgainst("http://127.0.0.1:" + open.port()));
        }
    }

    @Test
    void theGatewaysMetricsLabelItsFrontEnds() {
        client.ok(client.bearer("POST", "/api/v2/execute", TOKEN, client.pistonRun("python", "print(1)", "").toString()));
        client.ok(client.bearer("POST", "/api/v1/runs", TOKEN, client.v1Run("python", "print(1)", "").toString()));
        client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN,
                client.jobeRun("python3", "print(1)", "").toString()));
        client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN,
                client.jobeRun("c", "int main(void) { return x; }", "").toString()));
        String metrics = client.bearer("GET", "/metrics", TOKEN, null).body();
        assertThat(metrics).containsPattern("labjudge_runs_total\\{frontend=\"piston\",language=\"python\",verdict=\"OK\"} [1-9]")
                .containsPattern("labjudge_runs_total\\{frontend=\"v1\",language=\"python\",verdict=\"OK\"} [1-9]")
                .containsPattern("labjudge_runs_total\\{frontend=\"jobe\",language=\"python\",verdict=\"OK\"} [1-9]")
                .containsPattern("labjudge_runs_total\\{frontend=\"jobe\",language=\"c\",verdict=\"COMPILATION_ERROR\"} [1-9]");
        assertThat(List.of(metrics.split("\n"))).anyMatch(line -> line.startsWith("labjudge_slots 6"));
    }
}
