package org.labjudge.node.api;

import java.util.List;
import java.util.Objects;
import org.labjudge.node.config.Loopback;
import org.labjudge.node.config.NodeConfig;

/**
 * What the HTTP front-end needs to know, and no more, so tests can start one without a whole
 * node configuration.
 *
 * @param bind address to listen on
 * @param port port to listen on; 0 picks a free one (read it back from {@link NodeApi#start()})
 * @param tokens accepted bearer tokens; empty turns auth off
 * @param nodeId node name published in {@code /api/v1/info}
 * @param version node software version published in {@code /api/v1/info}
 * @param maxBodyBytes largest request body; larger ones are answered 413
 * @param drainSeconds how long {@link NodeApi#stop()} lets requests in progress finish
 */
public record ApiConfig(String bind, int port, List<String> tokens, String nodeId, String version,
                        long maxBodyBytes, int drainSeconds) {

    /**
     * @throws org.labjudge.node.config.ConfigException when the bind reaches beyond loopback and no token
     *         is given: an embedder that starts a {@link NodeApi} of its own gets no open node either
     */
    public ApiConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(version, "version");
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        if (port < 0 || port > 65535 || maxBodyBytes <= 0 || drainSeconds < 0) {
            throw new IllegalArgumentException("port, maxBodyBytes or drainSeconds out of range");
        }
        Loopback.requireTokenOffLoopback(bind, tokens);
    }

    /** The API part of a node's configuration. */
    public static ApiConfig of(NodeConfig config, String version) {
        return new ApiConfig(config.bind(), config.port(), config.tokens(), config.nodeId(), version,
                config.maxBodyBytes(), config.drainSeconds());
    }

    /** Like the record's, but never prints the tokens. */
    @Override
    public String toString() {
        return "ApiConfig[bind=" + bind + ", port=" + port + ", tokens=" + tokens.size() + " hidden, nodeId="
                + nodeId + ", version=" + version + ", maxBodyBytes=" + maxBodyBytes
                + ", drainSeconds=" + drainSeconds + "]";
    }
}
