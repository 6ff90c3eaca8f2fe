package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Argument checks shared by the records' constructors; failures are {@link ProtocolException}s naming the field. */
final class Checks {
    private Checks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw ProtocolException.required(field);
        }
        return value;
    }

    static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProtocolException.required(field);
        }
        return value;
    }

    /** An unmodifiable copy; {@code null} becomes an empty list; a {@code null} element is refused. */
    static <T> List<T> list(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                throw ProtocolException.field(field + "[" + i + "]", "must not be null");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }
}
