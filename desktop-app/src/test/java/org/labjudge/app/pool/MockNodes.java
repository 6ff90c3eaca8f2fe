package org.labjudge.app.pool;

/** JSON bodies for mockwebserver3 nodes. */
final class MockNodes {

    private MockNodes() {
    }

    static String info(String nodeId, int slots, int busy) {
        return "{\"nodeId\":\"" + nodeId + "\",\"version\":\"mock\",\"protocol\":1,\"slots\":" + slots
                + ",\"busy\":" + busy + ",\"queued\":0,\"maxQueue\":10,\"languages\":[\"python\"],\"limits\":{}}";
    }
}
