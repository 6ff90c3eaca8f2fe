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
 * @param addressSpaceMb Jobe's default {@code memorylimit} for the language, where it is also set as the
 *        program's address-space limit (Jobe's runguard sets {@code RLIMIT_AS}; so {@code malloc} past it fails
 *        rather than the program being killed for touching memory); 0 where it is not set: Node.js and Octave
 *        do not start, or end with an error, under Jobe's 400 and 500 MB here, and Python's memory stays the
 *        sandbox's alone (outcome 17 rather than a MemoryError's 12)
 */
public record JobeLanguage(String jobeId, String nodeId, List<String> defaultCompileArgs, List<String> syntaxCheck, int minProcesses,
                           boolean ignoresMemoryLimit, int addressSpaceMb) {

    public JobeLanguage {
        defaultCompileArgs = List.copyOf(defaultCompileArgs);
        syntaxCheck = List.copyOf(syntaxCheck);
    }
}
