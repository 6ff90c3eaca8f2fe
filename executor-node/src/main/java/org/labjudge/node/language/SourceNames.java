package org.labjudge.node.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.labjudge.protocol.SourceFile;

/** What the entry rules share: names without extensions, the preferences by name, the list of candidates. */
final class SourceNames {
    private SourceNames() {
    }

    static String base(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The one file of {@code files} whose name without extension is {@code base} (case ignored), if exactly one. */
    static Optional<SourceFile> namedLike(List<SourceFile> files, String base) {
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        List<SourceFile> named = files.stream()
                .filter(f -> base(f.name()).equalsIgnoreCase(base.strip())).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The file named like the problem, else the one named {@code main.*}, else the only one. */
    static Optional<SourceFile> byName(List<SourceFile> files, String problem) {
        return namedLike(files, problem).or(() -> namedLike(files, "main"))
                .or(() -> files.size() == 1 ? Optional.of(files.get(0)) : Optional.empty());
    }

    /** The names, sorted, for a message: {@code a.py, b.py}. */
    static String list(List<SourceFile> files) {
        return files.stream().map(SourceFile::name).sorted().collect(Collectors.joining(", "));
    }

    /** Every name of {@code files}, sorted, with {@code main} last (compilers that need modules first, e.g. OCaml's). */
    static List<String> mainLast(List<SourceFile> files, String main) {
        List<String> names = new ArrayList<>(files.stream().map(SourceFile::name).filter(n -> !n.equals(main))
                .sorted().toList());
        names.add(main);
        return names;
    }
}
