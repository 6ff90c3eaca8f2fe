package org.labjudge.node.api.piston;

import java.util.List;
import java.util.Locale;

/**
 * A node language under Piston's name for it.
 *
 * @param nodeId the node's language id, e.g. {@code cpp}
 * @param language Piston's name, e.g. {@code c++}
 * @param aliases the other names Piston accepts for it
 * @param runtime Piston's runtime when it names one apart from the language ({@code gcc} for C),
 *        else {@code null}
 */
public record PistonRuntime(String nodeId, String language, List<String> aliases, String runtime) {

    public PistonRuntime {
        aliases = List.copyOf(aliases);
    }

    /** Whether a request's {@code language} names this runtime (its name or an alias, any case). */
    public boolean answersTo(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return language.equals(wanted) || aliases.contains(wanted);
    }
}
