package org.labjudge.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kind of a parsed value in words, for messages written to people who edit a file by hand
 * ({@code "nodes: expected a list, got an object"}): the node list (JSON) and problem.yaml (YAML).
 */
public final class ValueKind {

    private ValueKind() {
    }

    /**
     * {@code objectName} for an object (say "an object" in JSON, "a map" in YAML), else "a list",
     * "a number", "true/false", "null" or "text".
     */
    public static String of(JsonNode value, String objectName) {
        if (value.isObject()) {
            return objectName;
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isNull()) {
            return "null";
        }
        return "text";
    }
}
