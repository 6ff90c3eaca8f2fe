package org.labjudge.node.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.SourceFile;

/**
 * How the node compiles and runs one language. Commands may use {@code {file}} (the main file's name),
 * {@code {main}} (what the run starts: that name without its extension, or the class a JVM compiler makes of
 * it) and, as a whole argument, {@code {files}} (every source compiled together, the main file last), all
 * three from the program's {@link Entry}.
 *
 * @param id stable lowercase id of the wire protocol, e.g. {@code python}
 * @param name display name
 * @param imageName runtime image repository without tag, e.g. {@code python}
 * @param sourceFile the source file's name, e.g. {@code main.py}
 * @param extensions file extensions that mean this language, without the dot, the first preferred
 * @param compileCommand command that compiles, empty for interpreted languages
 * @param checkCommand syntax check of an interpreted language, run once before the tests (a
 *     failure is COMPILATION_ERROR); empty when compiled or when the language has none
 * @param runCommand command that runs the program
 * @param environment variables added to the sandbox's base environment
 * @param namedAfterPublicClass whether the source file is named after the source's public class
 * @param memoryErrorMarkers stderr text by which the runtime says it ran out of memory itself
 * @param template the starter program a new file of this language begins with
 * @param headers extensions of files that go along with a program of several files without being its sources
 * @param entryRule how the main file of a program of several files is found, and which files are compiled
 * @param runAddressSpaceMb the address-space limit (RLIMIT_AS) of each process of the run command, 0 for none:
 *     none of the node's own languages has one; a front-end sets it (Jobe's {@code memorylimit})
 */
public record Language(
        String id,
        String name,
        String imageName,
        String sourceFile,
        List<String> extensions,
        List<String> compileCommand,
        List<String> checkCommand,
        List<String> runCommand,
        Map<String, String> environment,
        boolean namedAfterPublicClass,
        List<String> memoryErrorMarkers,
        String template,
        List<String> headers,
        EntryRule entryRule,
        int runAddressSpaceMb) {

    public Language {
        extensions = List.copyOf(extensions);
        compileCommand = List.copyOf(compileCommand);
        checkCommand = List.copyOf(checkCommand);
        runCommand = List.copyOf(runCommand);
        environment = Map.copyOf(environment);
        memoryErrorMarkers = List.copyOf(memoryErrorMarkers);
        headers = List.copyOf(headers);
        if (!id.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException(id + ": an id is lowercase letters and digits");
        }
        if (runCommand.isEmpty()) {
            throw new IllegalArgumentException(id + ": a run command is required");
        }
        if (!compileCommand.isEmpty() && !checkCommand.isEmpty()) {
            throw new IllegalArgumentException(id + ": a compiled language's compiler is its check");
        }
        if (runAddressSpaceMb < 0) {
            throw new IllegalArgumentException(id + ": an address-space limit is 0 (none) or positive");
        }
    }

    /** A language {@code id} named {@code name}; its image is {@code id} unless set. */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** This language with other compile and run commands (placeholders as above), e.g. a front-end's flags. */
    public Language withCommands(List<String> newCompileCommand, List<String> newRunCommand) {
        return new Language(id, name, imageName, sourceFile, extensions, newCompileCommand,
                newCompileCommand.isEmpty() ? checkCommand : List.of(), newRunCommand, environment,
                namedAfterPublicClass, memoryErrorMarkers, template, headers, entryRule, runAddressSpaceMb);
    }

    /** This language without its syntax check, for a front-end whose peer checks nothing before running. */
    public Language withoutCheck() {
        return new Language(id, name, imageName, sourceFile, extensions, compileCommand, List.of(), runCommand,
                environment, namedAfterPublicClass, memoryErrorMarkers, template, headers, entryRule, runAddressSpaceMb);
    }

    /** This language with its run command's processes limited to {@code mb} of address space each (0: none). */
    public Language withRunAddressSpace(int mb) {
        return new Language(id, name, imageName, sourceFile, extensions, compileCommand, checkCommand, runCommand,
                environment, namedAfterPublicClass, memoryErrorMarkers, template, headers, entryRule, mb);
    }

    public boolean compiled() {
        return !compileCommand.isEmpty();
    }

    /** Whether a request starts with a step that may end in COMPILATION_ERROR: a compile or a syntax check. */
    public boolean hasBuildStep() {
        return compiled() || !checkCommand.isEmpty();
    }

    /** What clients learn of this language, with the toolchain version its image recorded. */
    public LanguageInfo info(String version) {
        return new LanguageInfo(id, name, version, sourceFile, compiled(), extensions, template, headers);
    }

    /** The extensions of this language's sources: its own, else its source file's (PyPy's {@code py}). */
    public List<String> sourceExtensions() {
        return extensions.isEmpty() ? List.of(sourceFile.substring(sourceFile.lastIndexOf('.') + 1)) : extensions;
    }

    /** Whether {@code fileName} is a source of this language by its extension (case counts: C++'s {@code C}). */
    public boolean isSource(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && sourceExtensions().contains(fileName.substring(dot + 1));
    }

    /** The entry of one source, saved as {@link #sourceFileFor}: it alone is compiled. */
    public Entry entryOf(String source) {
        return entryRule.find(List.of(new SourceFile(sourceFileFor(source), source)), null);
    }

    /**
     * The entry of a program of several {@code files} (headers and other files among them), by this language's
     * rule; {@code problem} is the problem's short name or {@code null}.
     *
     * @throws EntryException when no file is a source of this language, or the rule cannot tell the main file
     */
    public Entry entryOf(List<SourceFile> files, String problem) {
        List<SourceFile> sources = files.stream().filter(f -> isSource(f.name())).toList();
        if (sources.isEmpty()) {
            throw new EntryException("none of the files (" + SourceNames.list(files) + ") is a " + name
                    + " source (." + String.join(", .", sourceExtensions()) + ")");
        }
        return entryRule.find(sources, problem);
    }

    /** The file name the source is saved under, e.g. {@code Solution.java} for a public class. */
    public String sourceFileFor(String source) {
        if (namedAfterPublicClass) {
            return JavaClassName.of(source) + ".java";
        }
        return sourceFile;
    }

    public List<String> compileCommandFor(String source) {
        return expand(compileCommand, entryOf(source));
    }

    public List<String> runCommandFor(String source) {
        return expand(runCommand, entryOf(source));
    }

    /** The compile command, or for an interpreted language its syntax check (empty: neither). */
    public List<String> buildCommandFor(Entry entry) {
        return expand(compiled() ? compileCommand : checkCommand, entry);
    }

    public List<String> runCommandFor(Entry entry) {
        return expand(runCommand, entry);
    }

    private static List<String> expand(List<String> command, Entry entry) {
        List<String> expanded = new ArrayList<>();
        for (String part : command) {
            if (part.equals("{files}")) {
                expanded.addAll(entry.sources());
            } else {
                expanded.add(part.replace("{file}", entry.mainFile()).replace("{main}", entry.mainName()));
            }
        }
        return List.copyOf(expanded);
    }

    /** Builds one table entry; only the id, name, an extension or source file, and the run command are required. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String imageName;
        private String sourceFile;
        private List<String> extensions = List.of();
        private List<String> compile = List.of();
        private List<String> check = List.of();
        private List<String> run = List.of();
        private Map<String, String> environment = Map.of();
        private boolean namedAfterPublicClass;
        private final List<String> memoryErrorMarkers = new ArrayList<>();
        private String template = "";
        private List<String> headers = List.of();
        private EntryRule entryRule = new NamedEntry(false);

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
            this.imageName = id;
        }

        /** The runtime image repository, when it is not the id (e.g. a language sharing another's image). */
        public Builder image(String value) {
            imageName = value;
            return this;
        }

        /** The file extensions of this language; the first also names the source file {@code main.<ext>}. */
        public Builder extensions(String... values) {
            extensions = List.of(values);
            return this;
        }

        public Builder sourceFile(String value) {
            sourceFile = value;
            return this;
        }

        public Builder compile(String... command) {
            compile = List.of(command);
            return this;
        }

        public Builder check(String... command) {
            check = List.of(command);
            return this;
        }

        public Builder run(String... command) {
            run = List.of(command);
            return this;
        }

        public Builder environment(Map<String, String> value) {
            environment = value;
            return this;
        }

        public Builder namedAfterPublicClass() {
            namedAfterPublicClass = true;
            return this;
        }

        public Builder memoryErrors(String... markers) {
            memoryErrorMarkers.addAll(Arrays.asList(markers));
            return this;
        }

        public Builder template(String value) {
            template = value;
            return this;
        }

        /** Extensions of the headers a program of several files carries beside its sources. */
        public Builder headers(String... values) {
            headers = List.of(values);
            return this;
        }

        /** How a program of several files finds its main file (default: named like the problem, main.*, the only one). */
        public Builder entry(EntryRule value) {
            entryRule = value;
            return this;
        }

        public Language build() {
            String file = sourceFile != null ? sourceFile
                    : extensions.isEmpty() ? null : "main." + extensions.get(0);
            if (file == null) {
                throw new IllegalArgumentException(id + ": give an extension or a source file name");
            }
            return new Language(id, name, imageName, file, extensions, compile, check, run, environment,
                    namedAfterPublicClass, memoryErrorMarkers, template, headers, entryRule, 0);
        }
    }
}
