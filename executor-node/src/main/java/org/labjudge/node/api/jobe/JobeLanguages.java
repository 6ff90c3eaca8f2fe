package org.labjudge.node.api.jobe;

import java.util.List;
import java.util.Optional;

/**
 * Jobe's language ids mapped to the node's. Jobe offers a language only when the node runs the
 * language it maps to, so adding one is a line here (and the language on the node).
 */
public final class JobeLanguages {
    private static final List<String> NONE = List.of();
    /** Jobe's {@code memorylimit} when a run gives none (its LanguageTask's default run parameters). */
    private static final int JOBE_DEFAULT_MEMORY_MB = 400;

    private final List<JobeLanguage> table;

    public JobeLanguages(List<JobeLanguage> table) {
        this.table = List.copyOf(table);
    }

    /** Jobe's languages as its documentation names them. */
    public static JobeLanguages defaults() {
        return new JobeLanguages(List.of(
                new JobeLanguage("python3", "python", NONE, List.of("python3", "-m", "py_compile", "{file}"), 0, false, 0),
                new JobeLanguage("c", "c", List.of("-Wall", "-Werror", "-std=c99", "-x", "c"), NONE, 0, false,
                        JOBE_DEFAULT_MEMORY_MB),
                new JobeLanguage("cpp", "cpp", List.of("-Wall", "-Werror"), NONE, 0, false, JOBE_DEFAULT_MEMORY_MB),
                new JobeLanguage("java", "java", NONE, NONE, 256, true, 0),
                new JobeLanguage("nodejs", "javascript", NONE, NONE, 0, false, 0),
                new JobeLanguage("php", "php", NONE, List.of("php", "-l", "{file}"), 0, false, 0),
                new JobeLanguage("pascal", "pascal", NONE, NONE, 0, false, JOBE_DEFAULT_MEMORY_MB),
                new JobeLanguage("octave", "octave", NONE, NONE, 0, false, 0)));
    }

    /** The entry for a Jobe id (compared as Jobe does, case-insensitively). */
    public Optional<JobeLanguage> find(String jobeId) {
        return table.stream().filter(l -> l.jobeId().equalsIgnoreCase(jobeId)).findFirst();
    }

    public List<JobeLanguage> all() {
        return table;
    }
}
