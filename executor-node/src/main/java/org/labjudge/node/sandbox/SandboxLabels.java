package org.labjudge.node.sandbox;

import java.util.Map;

/**
  * The labels every sandbox container carries, so that containers left by an earlier run of the
  * same node (a crash, a SIGKILL) are found and removed at the next start.
  */
public record SandboxLabels(String nodeId) {
    public static final String ROLE = "org.labjudge.role";
    public static final String NODE = "org.labjudge.node";
    public static final String SANDBOX = "sandbox";

    Map<String, String> forNewSandbox() {
        return Map.of(ROLE, SANDBOX, NODE, nodeId);
    }
}
