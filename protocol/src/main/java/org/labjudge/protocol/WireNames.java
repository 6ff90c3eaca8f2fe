package org.labjudge.protocol;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by its lower-case wire name, as the protocol's named enums do. */
final class WireNames {
    private WireNames() {
    }

    /** The constant of {@code values} whose name is {@code name} (case ignored); else a {@link ProtocolException}. */
    static <E> E find(E[] values, Function<E, String> wireName, String name, String what) {
        if (name != null) {
            for (E value : values) {
                if (wireName.apply(value).equals(name.toLowerCase(Locale.ROOT))) {
                    return value;
                }
            }
        }
        throw ProtocolException.general("unknown " + what + " \"" + name + "\", expected one of "
                + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")), null);
    }
}
