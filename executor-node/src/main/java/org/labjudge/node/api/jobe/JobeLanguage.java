package org.labjudge.node.api.jobe;

import java.util.List;

/**
 * One of Jobe's language ids and the node language it runs on.
 *
 * @param jobeId Jobe's id, e.g. {@code python3}
 * @param nodeId the node's language id, e.g. {@code python}
 * @param defaultCompileArgs Jobe's compile arguments for the language when a run gives none
 *        (for C, {@code -Wall -Werror -std=c99 -x c}); see {@link JobeTranslator} for where they go
 * @param syntaxCheck for a language the node does not compile, the command Jobe's compile step
 *        amounts to (a syntax check whose failure is outcome 11), with the node's {@code {file}}
 *        placeholder; empty when there is none
 * @param minProcesses the fewest processes a run gets whatever {@code numprocs} asks (Jobe's
 *        rule for the JVM), 0 for none
 * @param ignoresMemoryLimit whether {@code memorylimit} is disregarded and the node's default
 *        used (Jobe's rule for Java: the JVM manages its own heap)
 */
public record JobeLanguage(String jobeId, String nodeId, List<String> defaultCompileArgs, List<String> syntaxCheck, int minProcesses,
                           boolean ignoresMemoryLimit) {

    public JobeLanguage {
        defaultCompileArgs = List.copyOf(defaultCompileArgs);
        syntaxCheck = List.copyOf(syntaxCheck);
    }
}
