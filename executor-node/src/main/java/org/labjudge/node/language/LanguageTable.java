package org.labjudge.node.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a node knows. Adding one is an entry here plus a Dockerfile under
 * installers/images/&lt;id&gt;/.
 */
public final class LanguageTable {
    private static final List<String> NO_COMPILE = List.of();
    private static final List<String> NO_MARKERS = List.of();

    private final Map<String, Language> byId = new LinkedHashMap<>();

    public LanguageTable(List<Language> languages) {
        for (Language language : languages) {
            if (byId.putIfAbsent(language.id(), language) != null) {
                throw new IllegalArgumentException("language " + language.id() + " is listed twice");
            }
        }
    }

    /** Every language LabJudge ships an image for. */
    public static LanguageTable defaults() {
        return new LanguageTable(List.of(
                new Language("python", "Python 3", "python", "main.py", NO_COMPILE,
                        List.of("python3", "-B", "{file}"), Map.of("PYTHONDONTWRITEBYTECODE", "1"), false,
                        List.of("MemoryError")),
                new Language("java", "Java 17", "java", "Main.java",
                        // A compile is short: the client compiler alone and the image's archive of
                        // javac's classes (made with these flags) take about half its time off.
                        List.of("javac", "-J-XX:-UsePerfData", "-J-XX:+UseSerialGC", "-J-Xss16m",
                                "-J-XX:TieredStopAtLevel=1",
                                "-J-XX:SharedArchiveFile=/usr/local/share/labjudge/javac.jsa", "-J-Xlog:cds*=off",
                                "-encoding", "UTF-8", "-d", ".", "{file}"),
                        // The heap may take most of the sandbox's memory: past it, the kernel's
                        // OOM kill or the JVM's own OutOfMemoryError both mean the memory limit.
                        // StackReservedPages=0: on a stack overflow the JVM otherwise walks every
                        // frame for @ReservedStackAccess methods, holding ~3 bytes of native memory
                        // per byte of stack, so deep recursion died as MEMORY_LIMIT_EXCEEDED
                        // (OOM kill) instead of a StackOverflowError (RUNTIME_ERROR).
                        List.of("java", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=85",
                                "-Xss64m", "-XX:StackReservedPages=0", "-cp", ".", "{main}"),
                        Map.of(), true, List.of("java.lang.OutOfMemoryError")),
                new Language("c", "C (GCC)", "c", "main.c",
                        List.of("gcc", "-O2", "-std=gnu17", "-pipe", "-o", "main", "{file}", "-lm"),
                        List.of("./main"), Map.of(), false, NO_MARKERS),
                new Language("cpp", "C++ (G++)", "cpp", "main.cpp",
                        List.of("g++", "-O2", "-std=gnu++17", "-pipe", "-o", "main", "{file}"),
                        List.of("./main"), Map.of(), false, List.of("std::bad_alloc")),
                new Language("javascript", "JavaScript (Node.js)", "javascript", "main.js", NO_COMPILE,
                        List.of("node", "{file}"), Map.of(), false,
                        List.of("JavaScript heap out of memory")),
                new Language("go", "Go", "go", "main.go",
                        List.of("go", "build", "-o", "main", "{file}"),
                        List.of("./main"),
                        Map.of("GOCACHE", "/tmp/go-cache", "GOPATH", "/tmp/go", "GO111MODULE", "off",
                                "CGO_ENABLED", "0"),
                        false, NO_MARKERS),
                new Language("rust", "Rust", "rust", "main.rs",
                        List.of("rustc", "-O", "-o", "main", "{file}"),
                        List.of("./main"), Map.of(), false, List.of("memory allocation of")),
                new Language("bash", "Bash", "bash", "main.sh", NO_COMPILE,
                        List.of("bash", "{file}"), Map.of(), false, NO_MARKERS)));
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Language> all() {
        return List.copyOf(byId.values());
    }
}
