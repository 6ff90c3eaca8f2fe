package org.labjudge.node.language;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.labjudge.protocol.SourceFile;

/**
 * Rust's rule: {@code main.rs}, else the only file, else the one file defining {@code fn main}; rustc compiles
 * it and finds its modules ({@code mod geometry;} is {@code geometry.rs}) beside it.
 */
final class RustEntry implements EntryRule {
    private static final Pattern FN_MAIN = Pattern.compile("\\bfn\\s+main\\s*\\(");

    @Override
    public Entry find(List<SourceFile> sources, String problem) {
        List<SourceFile> withMain = sources.stream()
                .filter(f -> FN_MAIN.matcher(JavaClassName.code(f.content())).find()).toList();
        SourceFile main = SourceNames.namedLike(sources, "main")
                .or(() -> sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty())
                .or(() -> withMain.size() == 1 ? Optional.of(withMain.get(0)) : Optional.empty())
                .orElseThrow(() -> new EntryException("cannot tell the main file among " + SourceNames.list(sources)
                        + ": name it main.rs"));
        return Entry.alone(main.name());
    }
}
