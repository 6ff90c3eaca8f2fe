package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares JSON texts as trees, the way a peer reading them would see them. */
final class JsonTrees {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private JsonTrees() {
    }

    static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /**
     * Asserts {@code actual} says the same as {@code expected}. An explicit {@code null} in
     * {@code expected} counts as absent (the protocol leaves nulls out). {@code actual} may carry
     * fields {@code expected} lacks only when they are listed in {@code allowedExtras}, by path with
     * array indices dropped ({@code "compile.wallTimeMs"}, {@code "tests[].message"}).
     */
    static void assertSameJson(String actual, String expected, String... allowedExtras) {
        JsonNode want = withoutNulls(tree(expected));
        JsonNode got = tree(actual);
        List<String> unexpected = new ArrayList<>();
        dropExtras(got, want, "", Set.of(allowedExtras), unexpected);
        if (!unexpected.isEmpty()) {
            fail("fields written that the example does not have: " + unexpected + "\nin " + actual);
        }
        assertThat(got).as("written JSON\n%s\ncompared with\n%s", actual, expected).isEqualTo(want);
    }

    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(entry -> entry.getValue().isNull());
            object.forEach(JsonTrees::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(JsonTrees::strip);
        }
    }

    private static void dropExtras(JsonNode got, JsonNode want, String path, Set<String> allowed,
                                   List<String> unexpected) {
        if (got instanceof ObjectNode object && want instanceof ObjectNode wanted) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!wanted.has(field.getKey())) {
                    if (allowed.contains(fieldPath)) {
                        fields.remove();
                    } else {
                        unexpected.add(fieldPath);
                    }
                } else {
                    dropExtras(field.getValue(), wanted.get(field.getKey()), fieldPath, allowed, unexpected);
                }
            }
        } else if (got instanceof ArrayNode array && want instanceof ArrayNode wanted) {
            for (int i = 0; i < Math.min(array.size(), wanted.size()); i++) {
                dropExtras(array.get(i), wanted.get(i), path + "[]", allowed, unexpected);
            }
        }
    }
}
