package org.labjudge.app.editor;

import java.util.Map;

/**
 * The editor's own knowledge of a language: which highlighting rules ({@link SyntaxRules}) and indentation
 * style it follows, by language id. Several ids share a family ({@code python} and {@code pypy3}); an id the
 * editor has never heard of is {@link #PLAIN}: no highlighting, four spaces. Which languages exist is the
 * pool's to say, not this enum's.
 */
public enum Family {
    PYTHON(4, false),
    JAVA(4, false),
    C(4, false),
    CPP(4, false),
    JAVASCRIPT(2, false),
    GO(4, true),
    RUST(4, false),
    SHELL(2, false),
    KOTLIN(4, false),
    SCALA(2, false),
    TYPESCRIPT(2, false),
    CSHARP(4, false),
    D(4, false),
    RUBY(2, false),
    PERL(4, false),
    PHP(4, false),
    LUA(2, false),
    HASKELL(2, false),
    R(2, false),
    OCAML(2, false),
    LISP(2, false),
    PROLOG(4, false),
    PASCAL(2, false),
    FORTRAN(2, false),
    ADA(3, false),
    ERLANG(4, false),
    OCTAVE(2, false),
    PLAIN(4, false);

    private static final Map<String, Family> BY_ID = Map.ofEntries(
            Map.entry("python", PYTHON), Map.entry("pypy3", PYTHON), Map.entry("java", JAVA), Map.entry("c", C),
            Map.entry("cpp", CPP), Map.entry("javascript", JAVASCRIPT), Map.entry("go", GO), Map.entry("rust", RUST),
            Map.entry("bash", SHELL), Map.entry("kotlin", KOTLIN), Map.entry("scala", SCALA),
            Map.entry("typescript", TYPESCRIPT), Map.entry("csharp", CSHARP), Map.entry("d", D),
            Map.entry("ruby", RUBY), Map.entry("perl", PERL), Map.entry("php", PHP), Map.entry("lua", LUA),
            Map.entry("haskell", HASKELL), Map.entry("r", R), Map.entry("ocaml", OCAML), Map.entry("lisp", LISP),
            Map.entry("prolog", PROLOG), Map.entry("pascal", PASCAL), Map.entry("fortran", FORTRAN),
            Map.entry("ada", ADA), Map.entry("erlang", ERLANG), Map.entry("octave", OCTAVE));

    private final int tabWidth;
    private final boolean usesTabs;

    Family(int tabWidth, boolean usesTabs) {
        this.tabWidth = tabWidth;
        this.usesTabs = usesTabs;
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

    /** What starts a line comment (the first of its rules'), {@code null} when it has none or is plain text. */
    String lineComment() {
        return SyntaxRules.of(this).flatMap(rules -> rules.lineComments().stream().findFirst()).orElse(null);
    }
}
