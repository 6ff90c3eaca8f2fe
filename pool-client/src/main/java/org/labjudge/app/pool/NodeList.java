package org.labjudge.app.pool;

import java.util.List;

/** The nodes of one node list, in file order, and where it came from (a path, a URL, or a description). */
record NodeList(List<NodeEntry> nodes, String source) {

    NodeList {
        nodes = List.copyOf(nodes);
    }

    static NodeList empty(String source) {
        return new NodeList(List.of(), source);
    }
}
