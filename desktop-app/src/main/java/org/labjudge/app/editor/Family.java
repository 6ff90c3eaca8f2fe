package org.labjudge.app.editor;

import java.util.Map;

/**
 * The editor's own knowledge of a language: which highlighting rules ({@link SyntaxRules}) and indentation
 * style it follows, by language id. Several ids share a family ({@code python} and {@code pypy3}); an id the
 * editor has never heard of is {@link #PLAIN}: no highlighting, four spaces. Which languages exist is the
 * pool's to say, not this enum's.
 */
public enum Family {
    PYTHON(4, false, "#"),
    JAVA(4, false, "//"),
    C(4, false, "//"),
    CPP(4, false, "//"),
    JAVASCRIPT(2, false, "//"),
    GO(4, true, "//"),
    RUST(4, false, "//"),
    SHELL(2, false, "#"),
    KOTLIN(4, false, "//"),
    SCALA(2, false, "//"),
    TYPESCRIPT(2, false, "//"),
    CSHARP(4, false, "//"),
    D(4, false, "//"),
    RUBY(2, false, "#"),
    PERL(4, false, "#"),
    PHP(4, false, "//"),
    LUA(2, false, "--"),
    HASKELL(2, false, "--"),
    R(2, false, "#"),
    PLAIN(4, false, null);

    private static final Map<String, Family> BY_ID = Map.ofEntries(
            Map.entry("python", PYTHON), Map.entry("pypy3", PYTHON), Map.entry("java", JAVA), Map.entry("c", C),
            Map.entry("cpp", CPP), Map.entry("javascript", JAVASCRIPT), Map.entry("go", GO), Map.entry("rust", RUST),
            Map.entry("bash", SHELL), Map.entry("kotlin", KOTLIN), Map.entry("scala", SCALA),
            Map.entry("typescript", TYPESCRIPT), Map.entry("csharp", CSHARP), Map.entry("d", D),
            Map.entry("ruby", RUBY), Map.entry("perl", PERL), Map.entry("php", PHP), Map.entry("lua", LUA),
            Map.entry("haskell", HASKELL), Map.entry("r", R));

    private final int tabWidth;
    private final boolean usesTabs;
    private final String lineComment;

    Family(int tabWidth, boolean usesTabs, String lineComment) {
        this.tabWidth = tabWidth;
        this.usesTabs = usesTabs;
        this.lineComment = lineComment;
    }

    /** The family of language {@code id}, {@link #PLAIN} when the editor has no rules for it. */
    public static Family of(String id) {
        return BY_ID.getOrDefault(id, PLAIN);
    }

    int tabWidth() {
        return tabWidth;
    }

    boolean usesTabs() {
        return usesTabs;
    }

    /** What starts a line comment, {@code null} when unknown (plain text). */
    String lineComment() {
        return lineComment;
    }
}
