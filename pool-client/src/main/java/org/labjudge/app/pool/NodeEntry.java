package org.labjudge.app.pool;

import java.net.URI;
import java.util.Objects;

/**
 * One node as the node list gives it: its display {@code name}, base {@code url} (no trailing slash),
 * {@code weight} (its share of runs when every node has spare capacity) and the bearer {@code token} to send
 * (the node's own, else the list's shared one; {@code null} for none).
 */
record NodeEntry(String name, URI url, double weight, String token) {

    NodeEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** {@code url} joined with an API path such as {@code /api/v1/info}. */
    String endpoint(String path) {
        String base = url.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Same node (name and address), so a refreshed list keeps its health history. */
    boolean sameNode(NodeEntry other) {
        return name.equals(other.name) && url.equals(other.url);
    }

    /** Like the record's, but never prints the token: node lists end up in error reports. */
    @Override
    public String toString() {
        return "NodeEntry[name=" + name + ", url=" + url + ", weight=" + weight
                + ", token=" + (token == null ? "none" : "hidden") + "]";
    }
}
