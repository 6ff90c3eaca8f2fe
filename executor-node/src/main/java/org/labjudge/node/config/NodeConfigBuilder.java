package org.labjudge.node.config;

import static org.labjudge.node.config.ConfigFileReader.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.labjudge.node.blob.BlobStoreSettings;
import org.labjudge.node.sandbox.PoolSettings;
import org.labjudge.node.sandbox.SandboxRuntime;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;

/**
 * Lays settings over {@link NodeConfig}'s defaults: a JSON file's, then single overrides (the
 * command line's), each named as in the file. A nested object is merged field by field, so
 * {@code "defaults": {"timeMs": 1000}} keeps the other default limits; a list (the tokens)
 * replaces. The default that follows another setting ({@code warmPool.maxPerLanguage} follows
 * {@code slots}) is worked out from the final slots, so a {@code --slots} override moves it with it; so is
 * {@code blobStore.dir}, which follows {@code nodeId}.
 */
public final class NodeConfigBuilder {
    private final ObjectMapper mapper = Json.newMapper();
    private final ObjectNode given = mapper.createObjectNode();
    private String source = "";

    NodeConfigBuilder() {
    }

    /** Takes every setting the file gives; the ones it leaves out stay as they are. */
    public NodeConfigBuilder apply(Path file) {
        merge(given, new ConfigFileReader(mapper).read(file));
        source = file + ": ";
        return this;
    }

    /**
     * Sets one setting, named as in the config file ({@code "slots"}, {@code "warmPool.maxUses"});
     * an object value is merged into what is set so far.
     *
     * @throws ConfigException if the node has no such setting
     */
    public NodeConfigBuilder set(String setting, Object value) {
        if (!ConfigFileReader.known(setting)) {
            throw new ConfigException("unknown setting \"" + setting + "\"");
        }
        String[] path = setting.split("\\.");
        ObjectNode parent = given;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]) instanceof ObjectNode nested ? nested : parent.putObject(path[i]);
        }
        ObjectNode single = mapper.createObjectNode();
        single.set(path[path.length - 1], mapper.valueToTree(value));
        merge(parent, single);
        return this;
    }

    /** The configuration; any problem is a {@link ConfigException} naming the setting. */
    public NodeConfig build() {
        ObjectNode tree = mapper.valueToTree(
                NodeConfig.defaultsFor(Runtime.getRuntime().availableProcessors(), NodeConfig.hostName()));
        merge(tree, given);
        int slots = tree.path("slots").asInt();
        if (tree.get("warmPool") instanceof ObjectNode warm) {
            // Defaults that follow other settings, unless the file or a call gave the value itself.
            JsonNode givenPool = given.path("warmPool");
            if (!givenPool.has("maxPerLanguage")) {
                warm.put("maxPerLanguage", PoolSettings.defaultMaxPerLanguage(slots, warm.path("idlePerLanguage").asInt()));
            }
            if (!givenPool.has("maxUses")) {
                warm.put("maxUses", new SandboxRuntime(tree.path("runtime").asText("").strip()).defaultMaxUses());
            }
        }
        if (tree.get("blobStore") instanceof ObjectNode blobs && !given.path("blobStore").has("dir")) {
            // Two nodes on one machine (different ids) get a store each.
            blobs.put("dir", BlobStoreSettings.defaultsFor(tree.path("nodeId").asText()).dir());
        }
        try {
            return Json.read(mapper, Json.write(mapper, tree), NodeConfig.class);
        } catch (ProtocolException e) {
            throw refusal(e);
        }
    }

    /** The record's own refusal when a constructor refused, else the type error with the file's name. */
    private ConfigException refusal(ProtocolException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException own) {
                return own;
            }
            if (cause instanceof IllegalArgumentException nested && !(cause instanceof ProtocolException)) {
                // A nested record (warmPool) names its fields; the path says which setting it is.
                return new ConfigException(e.field() + ": " + nested.getMessage(), e);
            }
        }
        return new ConfigException(source + e.getMessage(), e);
    }
}
