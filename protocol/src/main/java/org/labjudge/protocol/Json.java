package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The JSON mapping of wire protocol v1, so every node and client reads and writes it the same way.
 * Reading is strict about types (no {@code "2000"} for a number, no {@code 1} for {@code true}) and
 * lenient about unknown fields; writing leaves out {@code null} values. Errors become
 * {@link ProtocolException}s that name the field path.
 */
public final class Json {

    private Json() {
    }

    /**
     * A new mapper configured for the protocol. Mappers are thread-safe once configured; create one
     * per component and keep it.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(StrictPrimitives.module())
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                // Numbers and booleans are not strings: "language": 5 is an error, not "5".
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /** Reads {@code json} as a {@code type}; any problem is a {@link ProtocolException} naming the field. */
    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(mapper, mapper.constructType(type), () -> mapper.createParser(json));
    }

    /** Reads UTF-8 {@code json} as a {@code type}; any problem is a {@link ProtocolException} naming the field. */
    public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(mapper, mapper.constructType(type), () -> mapper.createParser(json));
    }

    /** Reads {@code json} as a generic type, e.g. {@code new TypeReference<List<LanguageInfo>>() {}}. */
    public static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type) {
        Objects.requireNonNull(json, "json");
        return read(mapper, mapper.constructType(type), () -> mapper.createParser(json));
    }

    /** Reads UTF-8 {@code json} as a generic type, e.g. {@code new TypeReference<List<LanguageInfo>>() {}}. */
    public static <T> T read(ObjectMapper mapper, byte[] json, TypeReference<T> type) {
        Objects.requireNonNull(json, "json");
        return read(mapper, mapper.constructType(type), () -> mapper.createParser(json));
    }

    /** {@code value} as JSON text. */
    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ProtocolException.general("cannot write " + (value == null ? "null" : value.getClass().getSimpleName())
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static <T> T read(ObjectMapper mapper, JavaType type, ParserSource source) {
        T value;
        // The parser stays open until the error is translated: its current token is the offending value.
        try (JsonParser parser = source.open()) {
            try {
                value = mapper.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw translate(mapper, e);
            }
        } catch (IOException e) {
            throw ProtocolException.general("cannot read JSON: " + e.getMessage(), e);
        }
        if (value == null) {
            throw ProtocolException.general("expected " + describe(mapper, type.getRawClass()) + ", got null", null);
        }
        return value;
    }

    private static ProtocolException translate(ObjectMapper mapper, JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        ProtocolException own = cause(e, ProtocolException.class);
        if (own != null) {
            return own.under(path);
        }
        JsonParseException syntax = cause(e, JsonParseException.class);
        if (syntax != null) {
            return malformed(syntax.getLocation(), syntax.getOriginalMessage(), e);
        }
        InputCoercionException range = cause(e, InputCoercionException.class);
        if (range != null) {
            String text = text(range.getProcessor());
            return ProtocolException.invalid(path, "number " + (text == null ? "" : text + " ")
                    + "is out of range for " + describe(mapper, range.getTargetType()), e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mapper, path, mismatch);
        }
        if (e instanceof StreamReadException read) {
            return malformed(read.getLocation(), read.getOriginalMessage(), e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String problem = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        return ProtocolException.invalid(path, "invalid value: " + problem, e);
    }

    private static ProtocolException mismatch(ObjectMapper mapper, String path, MismatchedInputException e) {
        JsonToken token = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return malformed(e.getLocation(), "unexpected content after the end of the JSON value", e);
        }
        if (token == null && path.isEmpty()) {
            return ProtocolException.general("malformed JSON: no content", e);
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum() && e instanceof InvalidFormatException format
                && format.getValue() instanceof String value) {
            return ProtocolException.invalid(path, "unknown value \"" + value + "\", expected "
                    + describe(mapper, target), e);
        }
        return ProtocolException.invalid(path, "expected " + describe(mapper, target) + ", got " + describe(token), e);
    }

    private static ProtocolException malformed(JsonLocation location, String problem, Throwable cause) {
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String plain = problem == null ? "" : problem.replaceAll(" \\(code \\d+\\)", "");
        return ProtocolException.general("malformed JSON" + where + ": " + plain, cause);
    }

    /** {@code limits.timeMs}, {@code tests[2].name}, {@code [0].id} from Jackson's path. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(ObjectMapper mapper, Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || type == Number.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> mapper.convertValue(constant, String.class))
                    .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_OBJECT, FIELD_NAME, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            default -> "an unexpected value";
        };
    }

    private static String text(Object processor) {
        try {
            return processor instanceof JsonParser parser ? parser.getText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static <X extends Throwable> X cause(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
