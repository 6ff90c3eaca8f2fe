package org.labjudge.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.node.admission.AdmissionPolicy;
import org.labjudge.node.admission.ConcurrencyCaps;
import org.labjudge.node.api.ApiConfig;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.config.ListenSettings;
import org.labjudge.node.config.Loopback;
import org.labjudge.node.config.NodeConfig;

/**
 * Everything a gateway is told: where it listens and whom it lets in (as a node), the node list it sends
 * runs to, and how long it waits. Built by {@link GatewayConfigBuilder} from defaults, a JSON file and the
 * command line, each setting named as here.
 *
 * @param bind address to listen on
 * @param port port to listen on; 0 picks a free one
 * @param tokens accepted client tokens (v1 and Piston {@code Authorization: Bearer}, Jobe {@code X-API-KEY});
 *        empty turns auth off, which only a loopback address allows
 * @param gatewayId the name {@code /api/v1/info} reports
 * @param nodes the node list, a path or http(s) URL of {@code nodes.json} (docs/node-list.md); its tokens are
 *        the ones the gateway sends to the nodes
 * @param maxBodyBytes largest request body; larger ones are answered 413
 * @param drainSeconds how long a stopping gateway lets requests in progress finish
 * @param requestDeadlineSeconds the longest one run may take, failovers included
 * @param pollMillis how often each node's load is polled
 * @param maxWaitSeconds the longest expected wait a run is admitted to once {@code burst} runs wait
 * @param burst runs that may wait whatever the expected wait
 * @param tokenCaps the most runs a client token may have going on at once, by its client name ({@code token-N}
 *        for the N-th of {@code tokens}); the others wait in the token's queue; a token not named has no cap
 */
public record GatewayConfig(String bind, int port, List<String> tokens, String gatewayId, String nodes,
                            long maxBodyBytes, int drainSeconds, int requestDeadlineSeconds, int pollMillis,
                            int maxWaitSeconds, int burst, Map<String, Integer> tokenCaps) {

    /** The port a gateway listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 7080;

    public GatewayConfig {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        List<String> problems = new ArrayList<>(ListenSettings.problems(bind, port, tokens));
        if (gatewayId == null || gatewayId.isBlank()) {
            problems.add("gatewayId must not be empty");
        }
        if (nodes == null || nodes.isBlank()) {
            problems.add("nodes must name the node list (--nodes PATH|URL, or \"nodes\" in the config)");
        }
        if (maxBodyBytes <= 0) {
            problems.add("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (drainSeconds < 0) {
            problems.add("drainSeconds must be at least 0, got " + drainSeconds);
        }
        if (requestDeadlineSeconds <= 0) {
            problems.add("requestDeadlineSeconds must be positive, got " + requestDeadlineSeconds);
        }
        if (pollMillis <= 0) {
            problems.add("pollMillis must be positive, got " + pollMillis);
        }
        if (maxWaitSeconds < 0) {
            problems.add("maxWaitSeconds must be at least 0, got " + maxWaitSeconds);
        }
        if (burst < 0) {
            problems.add("burst must be at least 0, got " + burst);
        }
        tokenCaps = tokenCaps == null ? Map.of() : tokenCaps;
        try {
            tokenCaps = new ConcurrencyCaps(tokenCaps).caps();
        } catch (IllegalArgumentException e) {
            problems.add("tokenCaps: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        Loopback.requireTokenOffLoopback(bind, tokens);
    }

    /** Every setting at its default but the node list, which has none. */
    static GatewayConfig defaults(String nodes) {
        return new GatewayConfig("127.0.0.1", DEFAULT_PORT, List.of(), NodeConfig.hostName(), nodes,
                16L * 1024 * 1024, 30, 120, 1000, (int) AdmissionPolicy.DEFAULT.maxWait().toSeconds(),
                AdmissionPolicy.DEFAULT.burst(), AdmissionPolicy.DEFAULT.caps().caps());
    }

    /** Starts from the defaults. */
    public static GatewayConfigBuilder builder() {
        return new GatewayConfigBuilder();
    }

    /** Starts from the defaults laid over with {@code file}'s settings. */
    public static GatewayConfigBuilder builder(Path file) {
        return new GatewayConfigBuilder().apply(file);
    }

    /** The HTTP server's part. */
    public ApiConfig api(String version) {
        return new ApiConfig(bind, port, tokens, gatewayId, version, maxBodyBytes, drainSeconds);
    }

    /** The pool client's part: this node list, no embedded node (a gateway serves a lab's pool). */
    public PoolConfig pool() {
        return PoolConfig.defaults().withNodeList(nodes).withEmbeddedNode(false)
                .withRequestDeadline(Duration.ofSeconds(requestDeadlineSeconds))
                .withPollInterval(Duration.ofMillis(pollMillis));
    }

    /** When a run that must wait is admitted. */
    public AdmissionPolicy admission() {
        return new AdmissionPolicy(Duration.ofSeconds(maxWaitSeconds), burst, AdmissionPolicy.DEFAULT.initialRunTime(),
                new ConcurrencyCaps(tokenCaps));
    }

    /** Like the record's, but never prints the tokens. */
    @Override
    public String toString() {
        return "GatewayConfig[bind=" + bind + ", port=" + port + ", tokens=" + tokens.size() + " hidden, gatewayId="
                + gatewayId + ", nodes=" + nodes + ", maxBodyBytes=" + maxBodyBytes + ", drainSeconds=" + drainSeconds
                + ", requestDeadlineSeconds=" + requestDeadlineSeconds + ", pollMillis=" + pollMillis
                + ", maxWaitSeconds=" + maxWaitSeconds + ", burst=" + burst + ", tokenCaps=" + tokenCaps + "]";
    }
}
