package org.labjudge.node.language;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.labjudge.protocol.SourceFile;

/**
 * Python's rule: the file named like the problem, else the one holding {@code if __name__ == "__main__":},
 * else the only one. Every file is syntax-checked, the main file last.
 */
final class PythonEntry implements EntryRule {
    private static final Pattern MAIN_GUARD =
            Pattern.compile("(?m)^if\\s+__name__\\s*==\\s*(['\"])__main__\\1\\s*:");

    @Override
    public Entry find(List<SourceFile> sources, String problem) {
        SourceFile main = SourceNames.namedLike(sources, problem).or(() -> guarded(sources))
                .or(() -> sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty())
                .orElseThrow(() -> new EntryException("cannot tell the main file among " + SourceNames.list(sources)
                        + ": " + (problem == null ? "" : "name it " + problem + ".py, or ")
                        + "give one an if __name__ == \"__main__\": block"));
        return new Entry(main.name(), SourceNames.base(main.name()), SourceNames.mainLast(sources, main.name()));
    }

    private static Optional<SourceFile> guarded(List<SourceFile> sources) {
        List<SourceFile> guarded = sources.stream().filter(f -> MAIN_GUARD.matcher(f.content()).find()).toList();
        if (guarded.size() > 1) {
            throw new EntryException("several files hold an if __name__ == \"__main__\": block ("
                    + SourceNames.list(guarded) + "): keep it in one");
        }
        return guarded.stream().findFirst();
    }
}
