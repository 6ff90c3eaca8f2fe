package org.labjudge.node.config;

import java.util.List;
import org.labjudge.protocol.Limits;

/**
 * The settings an admin wrote in a node's JSON configuration file, exactly as written: a setting
 * left out is {@code null} and takes the built-in default when the {@link NodeConfig} is built.
 * The component names are the JSON field names.
 */
public record NodeConfigFile(
        String bind,
        Integer port,
        List<String> tokens,
        String nodeId,
        Integer slots,
        Integer maxQueue,
        Long maxBodyBytes,
        Integer maxSourceBytes,
        Integer maxTests,
        Integer maxFiles,
        Limits defaults,
        Limits max,
        String imagePrefix,
        String imageTag,
        Integer drainSeconds,
        WarmPoolConfig warmPool) {
}
