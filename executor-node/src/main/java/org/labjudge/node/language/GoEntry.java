package org.labjudge.node.language;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.labjudge.protocol.SourceFile;

/** Go's rule: the files of package {@code main} are the program, built together; the main file holds {@code func main}. */
final class GoEntry implements EntryRule {
    private static final Pattern PACKAGE_MAIN = Pattern.compile("(?m)^\\s*package\\s+main\\b");
    private static final Pattern FUNC_MAIN = Pattern.compile("\\bfunc\\s+main\\s*\\(");

    @Override
    public Entry find(List<SourceFile> sources, String problem) {
        List<SourceFile> program = sources.stream()
                .filter(f -> PACKAGE_MAIN.matcher(JavaClassName.code(f.content())).find())
                .sorted(Comparator.comparing(SourceFile::name)).toList();
        if (program.isEmpty()) {
            if (sources.size() == 1) {
                return Entry.alone(sources.get(0).name()); // the compiler says what is wrong with it
            }
            throw new EntryException("no file among " + SourceNames.list(sources) + " is of package main");
        }
        SourceFile file = program.stream().filter(f -> FUNC_MAIN.matcher(JavaClassName.code(f.content())).find())
                .findFirst().orElse(program.get(0));
        return new Entry(file.name(), SourceNames.base(file.name()), SourceNames.mainLast(program, file.name()));
    }
}
