package org.labjudge.node.language;

import java.util.List;
import org.labjudge.protocol.SourceFile;

/**
 * How one language finds the main file of a program of several files, and which of them it compiles: the one
 * place this rule lives (the node applies it; clients send a folder's files and learn the outcome from the run).
 * docs/languages.md, "Several files", states each language's rule.
 */
@FunctionalInterface
public interface EntryRule {

    /**
     * The entry of {@code sources}: at least one file, each of this language's extensions; {@code problem} is the
     * problem's short name, {@code null} when the request names none.
     *
     * @throws EntryException naming the candidates when the rule cannot decide
     */
    Entry find(List<SourceFile> sources, String problem);
}
