package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
        if (name != null) {
            for (CheckerType type : values()) {
                if (type.jsonName.equals(name.toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
        }
        throw ProtocolException.general("unknown checker type \"" + name + "\", expected one of "
                + Arrays.stream(values()).map(CheckerType::jsonName).collect(Collectors.joining(", ")), null);
    }
}
