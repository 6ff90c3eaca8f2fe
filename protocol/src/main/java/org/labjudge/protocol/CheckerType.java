package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a test's output is compared with the expected output; written in JSON in lower case. */
public enum CheckerType {
    /** Byte for byte. */
    EXACT("exact"),
    /** Line by line, ignoring trailing whitespace on each line and at the end. */
    LINES("lines"),
    /** Token by token (the Kattis default validator's rules); the {@link CheckerSpec} flags refine it. */
    TOKENS("tokens");

    private final String jsonName;

    CheckerType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used on the wire: {@code "exact"}, {@code "lines"} or {@code "tokens"}. */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The type named {@code name} (case ignored); an unknown name is a {@link ProtocolException}. */
    @JsonCreator
    public static CheckerType fromJson(String name) {
        return WireNames.find(values(), CheckerType::jsonName, name, "checker type");
    }
}
