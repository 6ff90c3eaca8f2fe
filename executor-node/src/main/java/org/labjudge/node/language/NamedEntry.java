package org.labjudge.node.language;

import java.util.List;
import org.labjudge.protocol.SourceFile;

/**
 * The rule of languages without a main function to look for: the file named like the problem, else
 * {@code main.*}, else the only one. The main file alone is compiled (its compiler or interpreter finds the
 * modules it imports), or with {@code compileAll} every source, the main file last (compilers given every
 * module, in order: D, Erlang, Fortran, OCaml).
 */
record NamedEntry(boolean compileAll) implements EntryRule {

    @Override
    public Entry find(List<SourceFile> sources, String problem) {
        SourceFile main = SourceNames.byName(sources, problem).orElseThrow(() -> new EntryException(
                "cannot tell the main file among " + SourceNames.list(sources) + ": name it "
                        + (problem == null ? "" : problem + extension(sources) + " or ") + "main"
                        + extension(sources)));
        if (!compileAll) {
            return Entry.alone(main.name());
        }
        return new Entry(main.name(), SourceNames.base(main.name()), SourceNames.mainLast(sources, main.name()));
    }

    private static String extension(List<SourceFile> sources) {
        String name = sources.get(0).name();
        return name.substring(SourceNames.base(name).length());
    }
}
