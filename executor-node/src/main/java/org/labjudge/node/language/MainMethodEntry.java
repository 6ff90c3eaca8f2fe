package org.labjudge.node.language;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.labjudge.protocol.SourceFile;

/**
 * The JVM languages' rule: the file whose code declares a main method or function (comments and string
 * literals not counted); when several do, the one named like the problem, else {@code Main}; a program of one
 * file is that file. Every source is compiled; {@code mainName} turns the main file and its code into the class
 * the run starts.
 *
 * @param what what holds the main, for messages ("class", "object", "file")
 */
record MainMethodEntry(Pattern main, String what, BiFunction<String, String, String> mainName) implements EntryRule {

    @Override
    public Entry find(List<SourceFile> sources, String problem) {
        List<SourceFile> withMain = sources.stream().filter(f -> main.matcher(JavaClassName.code(f.content())).find())
                .toList();
        Optional<SourceFile> chosen = withMain.size() == 1 ? Optional.of(withMain.get(0))
                : withMain.isEmpty() ? (sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty())
                : SourceNames.namedLike(withMain, problem).or(() -> SourceNames.namedLike(withMain, "main"));
        SourceFile file = chosen.orElseThrow(() -> new EntryException(withMain.isEmpty()
                ? "no " + what + " among " + SourceNames.list(sources) + " has a main method"
                : "several " + what + "es have a main method (" + SourceNames.list(withMain) + "): keep one"
                        + (problem == null ? "" : ", or name it after the problem (" + problem + ")")));
        return new Entry(file.name(), mainName.apply(file.name(), JavaClassName.code(file.content())),
                SourceNames.mainLast(sources, file.name()));
    }
}
