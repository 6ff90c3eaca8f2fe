package org.labjudge.node.language;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.labjudge.protocol.SourceFile;

/**
 * The rule of languages that compile and link every source into one program (C, C++, C#): all sources
 * compiled together, the headers beside them; the main file (the one defining {@code main}, else the first by
 * name) only names the program, since the linker finds the main function itself and says when there are two.
 */
record AllSourcesEntry(Pattern main) implements EntryRule {

    @Override
    public Entry find(List<SourceFile> sources, String problem) {
        List<SourceFile> sorted = sources.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
        SourceFile file = sorted.stream().filter(f -> main.matcher(JavaClassName.code(f.content())).find())
                .findFirst().orElse(sorted.get(0));
        return new Entry(file.name(), SourceNames.base(file.name()), SourceNames.mainLast(sources, file.name()));
    }
}
