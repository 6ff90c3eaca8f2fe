package org.labjudge.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.config.ConfigFileReader;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;

/**
 * Lays settings over {@link GatewayConfig}'s defaults: a JSON file's (unknown names refused, as for a node),
 * then single overrides (the command line's), each named as in the file.
 */
public final class GatewayConfigBuilder {
    private final ObjectMapper mapper = Json.newMapper();
    private final ObjectNode given = mapper.createObjectNode();
    private String source = "";

    GatewayConfigBuilder() {
    }

    /** Takes every setting the file gives. */
    public GatewayConfigBuilder apply(Path file) {
        ConfigFileReader.merge(given, new ConfigFileReader(mapper).read(file, GatewayConfig.class));
        source = file + ": ";
        return this;
    }

    /**
     * Sets one setting, named as in the config file.
     *
     * @throws ConfigException if the gateway has no such setting
     */
    public GatewayConfigBuilder set(String setting, Object value) {
        boolean known = Arrays.stream(GatewayConfig.class.getRecordComponents()).anyMatch(c -> c.getName().equals(setting));
        if (!known) {
            throw new ConfigException("unknown setting \"" + setting + "\"");
        }
        given.set(setting, mapper.valueToTree(value));
        return this;
    }

    /** The configuration; any problem is a {@link ConfigException}. */
    public GatewayConfig build() {
        ObjectNode tree = mapper.valueToTree(GatewayConfig.defaults("-"));
        tree.putNull("nodes");
        ConfigFileReader.merge(tree, given);
        try {
            return Json.read(mapper, Json.write(mapper, tree), GatewayConfig.class);
        } catch (ProtocolException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ConfigException own) {
                    throw own;
                }
            }
            throw new ConfigException(source + e.getMessage(), e);
        }
    }
}
