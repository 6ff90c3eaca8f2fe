package org.labjudge.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.ProtocolException;

/**
 * Reads a node's JSON configuration file. Unlike the wire protocol it refuses unknown fields: a
 * misspelt setting in an admin's file must stop the node rather than be silently ignored. Types
 * are as strict as on the wire ({@code "port": "7070"} is an error), and every error names the
 * file and the field.
 */
public final class ConfigFileReader {
    private static final Set<String> SETTINGS = names(NodeConfigFile.class);
    private static final Set<String> LIMITS = names(Limits.class);
    /** The settings that are objects, and the names each takes. */
    private static final Map<String, Set<String>> NESTED = Map.of(
            "defaults", LIMITS, "max", LIMITS, "warmPool", names(WarmPoolConfig.class));

    private final ObjectMapper mapper = Json.newMapper();

    /** The settings in {@code file}; any problem is a {@link ConfigException} naming the file and the field. */
    public NodeConfigFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonNode tree = Json.read(mapper, bytes, JsonNode.class);
            if (!tree.isObject()) {
                throw new ConfigException(file + ": expected a JSON object of settings");
            }
            checkNames(file, tree, "", SETTINGS);
            NESTED.forEach((name, known) -> {
                JsonNode nested = tree.get(name);
                if (nested != null && nested.isObject()) {
                    checkNames(file, nested, name + ".", known);
                }
            });
            return Json.read(mapper, bytes, NodeConfigFile.class);
        } catch (ProtocolException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    private static void checkNames(Path file, JsonNode object, String prefix, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigException(file + ": unknown setting \"" + prefix + name + "\" (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
