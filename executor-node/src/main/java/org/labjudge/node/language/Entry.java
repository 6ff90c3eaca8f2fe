package org.labjudge.node.language;

import java.util.List;

/**
 * Where a program starts, as its language's {@link EntryRule} found it.
 *
 * @param mainFile the main file's name in the work directory: the commands' {@code {file}}
 * @param mainName what the run command starts, the commands' {@code {main}}: the main file's name without its
 *     extension (Java's class), or the class a compiler makes of it (Kotlin's {@code MainKt}, Scala's object)
 * @param sources the files compiled or checked together, the commands' {@code {files}}: the main file last
 */
public record Entry(String mainFile, String mainName, List<String> sources) {

    public Entry {
        sources = List.copyOf(sources);
        if (!sources.contains(mainFile)) {
            throw new IllegalArgumentException("the main file " + mainFile + " is not among the sources " + sources);
        }
    }

    /** An entry that compiles its main file alone, started by its name without the extension. */
    static Entry alone(String mainFile) {
        return new Entry(mainFile, SourceNames.base(mainFile), List.of(mainFile));
    }
}
