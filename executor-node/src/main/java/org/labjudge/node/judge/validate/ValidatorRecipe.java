package org.labjudge.node.judge.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.labjudge.protocol.SourceFile;

/**
 * How a validator of one language is built and run, from its files alone (the package format's rule for
 * programs without {@code build}/{@code run} scripts): every C or C++ source compiled into one binary with
 * the headers beside them; one Python file (or {@code __main__.py}); Java's class with {@code main}.
 *
 * @param compileCommand the compiler's command, empty when nothing is compiled
 * @param runCommand the validator's command, before its arguments
 * @param artifacts what the build leaves that the validator needs (files of the work dir)
 */
public record ValidatorRecipe(List<String> compileCommand, List<String> runCommand, Artifacts artifacts) {

    /** What a build's result is made of. */
    public enum Artifacts {
        /** The source files themselves (an interpreted language). */
        SOURCES,
        /** One executable named {@code validator}. */
        BINARY,
        /** The class files, carried as one tar archive. */
        CLASSES
    }

    /** The binary a C or C++ build writes. */
    static final String BINARY = "validator";
    private static final Pattern JAVA_MAIN = Pattern.compile("static\\s+void\\s+main\\s*\\(");

    /** The languages a validator may be written in. */
    static final List<String> LANGUAGES = List.of("c", "cpp", "python", "java");

    /**
     * The recipe for {@code files} in {@code language}; an {@link IllegalArgumentException} says why there
     * is none.
     */
    static ValidatorRecipe of(String language, List<SourceFile> files) {
        List<String> names = files.stream().map(SourceFile::name).toList();
        return switch (language) {
            case "c" -> compiled(names, List.of(".c"), List.of("gcc", "-O2", "-std=gnu17", "-pipe", "-o", BINARY),
                    List.of("-lm"));
            case "cpp" -> compiled(names, List.of(".cpp", ".cc", ".cxx", ".c++", ".C"),
                    List.of("g++", "-O2", "-std=gnu++17", "-pipe", "-o", BINARY), List.of());
            case "python" -> python(names);
            case "java" -> java(files);
            default -> fail("a validator in '" + language + "' is not supported; use one of " + LANGUAGES);
        };
    }

    private static ValidatorRecipe compiled(List<String> names, List<String> extensions, List<String> compiler,
            List<String> after) {
        List<String> sources = names.stream().filter(n -> extensions.stream().anyMatch(n::endsWith)).toList();
        if (sources.isEmpty()) {
            return fail("the validator has no source file ending in " + extensions);
        }
        List<String> command = new ArrayList<>(compiler);
        command.addAll(sources);
        command.addAll(after);
        return new ValidatorRecipe(command, List.of("./" + BINARY), Artifacts.BINARY);
    }

    private static ValidatorRecipe python(List<String> names) {
        List<String> sources = names.stream().filter(n -> n.endsWith(".py")).toList();
        String entry = sources.contains("__main__.py") ? "__main__.py"
                : sources.size() == 1 ? sources.get(0) : null;
        if (entry == null) {
            return fail("a Python validator is one .py file, or several with a __main__.py; got " + sources);
        }
        return new ValidatorRecipe(List.of(), List.of("python3", "-B", entry), Artifacts.SOURCES);
    }

    private static ValidatorRecipe java(List<SourceFile> files) {
        List<String> sources = new ArrayList<>();
        String main = null;
        for (SourceFile file : files) {
            if (file.name().endsWith(".java")) {
                sources.add(file.name());
                if (main == null && JAVA_MAIN.matcher(file.content()).find()) {
                    main = file.name().substring(0, file.name().length() - ".java".length());
                }
            }
        }
        if (main == null) {
            return fail("the Java validator has no class with a main method");
        }
        List<String> command = new ArrayList<>(List.of("javac", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1",
                "-encoding", "UTF-8", "-d", "."));
        command.addAll(sources);
        return new ValidatorRecipe(command,
                List.of("java", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", ".", main),
                Artifacts.CLASSES);
    }

    boolean compiled() {
        return !compileCommand.isEmpty();
    }

    private static ValidatorRecipe fail(String problem) {
        throw new IllegalArgumentException(problem);
    }
}
