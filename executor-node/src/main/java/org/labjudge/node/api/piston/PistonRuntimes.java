package org.labjudge.node.api.piston;

import java.util.List;
import java.util.Optional;

/**
 * Piston's language names and aliases (its packages' metadata) for the node's languages. Piston
 * offers a runtime only when the node runs its language; adding one is a line here. Piston has no
 * package for Ada or PyPy, so those two have no row (docs/front-ends.md).
 */
public final class PistonRuntimes {
    private final List<PistonRuntime> table;

    public PistonRuntimes(List<PistonRuntime> table) {
        this.table = List.copyOf(table);
    }

    public static PistonRuntimes defaults() {
        return new PistonRuntimes(List.of(
                new PistonRuntime("python", "python", List.of("py", "py3", "python3"), null),
                new PistonRuntime("javascript", "javascript", List.of("node-javascript", "node-js", "js"), "node"),
                new PistonRuntime("c", "c", List.of("gcc"), "gcc"),
                new PistonRuntime("cpp", "c++", List.of("cpp", "g++"), "gcc"),
                new PistonRuntime("java", "java", List.of(), null),
                new PistonRuntime("go", "go", List.of("golang"), null),
                new PistonRuntime("rust", "rust", List.of("rs"), null),
                new PistonRuntime("bash", "bash", List.of("sh"), null),
                new PistonRuntime("php", "php", List.of(), null),
                new PistonRuntime("pascal", "pascal", List.of("freepascal", "pp", "pas"), null),
                new PistonRuntime("octave", "octave", List.of("matlab", "m"), null),
                new PistonRuntime("kotlin", "kotlin", List.of("kt"), null),
                new PistonRuntime("scala", "scala", List.of("sc"), null),
                new PistonRuntime("typescript", "typescript", List.of("ts", "node-ts", "tsc", "typescript5", "ts5"), null),
                new PistonRuntime("csharp", "csharp", List.of("mono", "mono-csharp", "mono-c#", "mono-cs", "c#", "cs"),
                        "mono"),
                new PistonRuntime("d", "d", List.of("gdc"), "gcc"),
                new PistonRuntime("fortran", "fortran", List.of("f90"), "gcc"),
                new PistonRuntime("haskell", "haskell", List.of("hs"), null),
                new PistonRuntime("ocaml", "ocaml", List.of("ml"), null),
                new PistonRuntime("lisp", "lisp", List.of("cl", "sbcl", "commonlisp"), null),
                new PistonRuntime("prolog", "prolog", List.of("plg"), null),
                new PistonRuntime("erlang", "erlang", List.of("erl", "escript"), null),
                new PistonRuntime("lua", "lua", List.of(), null),
                new PistonRuntime("perl", "perl", List.of("pl"), null),
                new PistonRuntime("ruby", "ruby", List.of("ruby3", "rb"), null),
                new PistonRuntime("r", "rscript", List.of("r"), null)));
    }

    /** The runtime a request's {@code language} names. */
    public Optional<PistonRuntime> find(String name) {
        return table.stream().filter(r -> r.answersTo(name)).findFirst();
    }

    public List<PistonRuntime> all() {
        return table;
    }
}
