package org.labjudge.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;

/**
 * Reads a node's (or the gateway's) JSON configuration file. Unlike the wire protocol it refuses unknown fields: a
 * misspelt setting in an admin's file must stop the node rather than be silently ignored. The
 * known names are {@link NodeConfig}'s components (and those of its record-valued ones, such as
 * {@code defaults.timeMs}), so the file and the record cannot drift apart. Types are checked when
 * the settings become a {@link NodeConfig}, as strictly as on the wire.
 */
public final class ConfigFileReader {
    private final ObjectMapper mapper;

    public ConfigFileReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The settings in {@code file}; any problem is a {@link ConfigException} naming the file and the field. */
    ObjectNode read(Path file) {
        return read(file, NodeConfig.class);
    }

    /** The settings in {@code file}, every name one of {@code type}'s components (nested records too). */
    public ObjectNode read(Path file, Class<? extends Record> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        JsonNode tree;
        try {
            tree = Json.read(mapper, bytes, JsonNode.class);
        } catch (ProtocolException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode settings)) {
            throw new ConfigException(file + ": expected a JSON object of settings");
        }
        checkNames(file + ": ", settings, "", type);
        return settings;
    }

    /** Copies {@code from} into {@code into}; objects merge field by field, nulls count as left out. */
    public static void merge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = from.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value instanceof ObjectNode object && into.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, object);
            } else {
                into.set(field.getKey(), value.deepCopy());
            }
        }
    }

    /** Refuses any name in {@code object} (at {@code prefix}) that {@code type} does not declare. */
    static void checkNames(String where, ObjectNode object, String prefix, Class<? extends Record> type) {
        Map<String, RecordComponent> known = components(type);
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            RecordComponent component = known.get(field.getKey());
            if (component == null) {
                throw new ConfigException(where + "unknown setting \"" + prefix + field.getKey() + "\" (known: "
                        + String.join(", ", known.keySet()) + ")");
            }
            Optional<Class<? extends Record>> nested = recordType(component);
            if (nested.isPresent() && field.getValue() instanceof ObjectNode value) {
                checkNames(where, value, prefix + field.getKey() + ".", nested.get());
            }
        }
    }

    /** The setting {@code name} names ({@code warmPool.maxUses} is nested), if {@link NodeConfig} has it. */
    static boolean known(String name) {
        Class<? extends Record> type = NodeConfig.class;
        String[] parts = name.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            RecordComponent component = components(type).get(parts[i]);
            if (component == null) {
                return false;
            }
            if (i < parts.length - 1) {
                Optional<Class<? extends Record>> nested = recordType(component);
                if (nested.isEmpty()) {
                    return false;
                }
                type = nested.get();
            }
        }
        return true;
    }

    private static Map<String, RecordComponent> components(Class<? extends Record> type) {
        Map<String, RecordComponent> byName = new TreeMap<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> byName.put(c.getName(), c));
        return byName;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends Record>> recordType(RecordComponent component) {
        return component.getType().isRecord()
                ? Optional.of((Class<? extends Record>) component.getType()) : Optional.empty();
    }
}
