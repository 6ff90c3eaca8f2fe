package org.labjudge.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;

/**
 * Primitive fields ({@code boolean}, {@code int}, {@code long}, {@code double}) that refuse an explicit
 * JSON {@code null} but take their default (false, 0) when the field is left out. Jackson's own
 * {@code FAIL_ON_NULL_FOR_PRIMITIVES} cannot tell the two apart for record components.
 */
final class StrictPrimitives {
    private StrictPrimitives() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("labjudge-strict-primitives");
        add(module, boolean.class, Boolean.FALSE);
        add(module, int.class, 0);
        add(module, long.class, 0L);
        add(module, double.class, 0.0d);
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> type, T absent) {
        @SuppressWarnings("unchecked")
        JsonDeserializer<T> standard = (JsonDeserializer<T>) NumberDeserializers.find(type, type.getName());
        module.addDeserializer(type, new NullRefusing<>(type, standard, absent));
    }

    private static final class NullRefusing<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient JsonDeserializer<T> standard;
        private final T absent;

        NullRefusing(Class<T> type, JsonDeserializer<T> standard, T absent) {
            super(type);
            this.standard = standard;
            this.absent = absent;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return standard.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            return context.reportInputMismatch(this, "null is not a %s", handledType().getName());
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return absent;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return absent;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public LogicalType logicalType() {
            return standard.logicalType();
        }
    }
}
