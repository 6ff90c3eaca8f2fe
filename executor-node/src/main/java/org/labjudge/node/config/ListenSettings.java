package org.labjudge.node.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of where a server listens and whom it lets in, which the node and the gateway share: a bind
 * address and port that exist, tokens that are real ones, and no server reachable from the network without a
 * token (that last rule is {@link Loopback#requireTokenOffLoopback}, which the HTTP server checks too).
 */
public final class ListenSettings {
    private ListenSettings() {
    }

    /** What is wrong with these settings, each in a sentence naming it; empty when nothing is. */
    public static List<String> problems(String bind, int port, List<String> tokens) {
        List<String> problems = new ArrayList<>();
        if (bind == null || bind.isBlank()) {
            problems.add("bind must not be empty");
        }
        if (port < 0 || port > 65535) {
            problems.add("port must be between 0 and 65535, got " + port);
        }
        if (tokens.stream().anyMatch(t -> t == null || t.isBlank())) {
            problems.add("tokens must not be empty strings");
        } else if (tokens.stream().anyMatch(t -> !t.equals(t.strip()))) {
            problems.add("tokens must not start or end with whitespace");
        } else if (tokens.stream().anyMatch(NodeConfig.PLACEHOLDER_TOKENS::contains)) {
            problems.add("a token is the placeholder of an example (" + String.join(", ", NodeConfig.PLACEHOLDER_TOKENS)
                    + "): generate a real one, e.g. od -An -N24 -tx1 /dev/urandom | tr -d ' \\n'");
        }
        return problems;
    }
}
