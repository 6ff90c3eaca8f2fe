package org.labjudge.node.language;

import java.util.List;
import java.util.Map;

/**
 * How the node compiles and runs one language. Commands may use {@code {file}} (the source
 * file's name) and {@code {main}} (that name without its extension: the Java class).
 *
 * @param id stable lowercase id of the wire protocol, e.g. {@code python}
 * @param name display name
 * @param imageName runtime image repository without tag, e.g. {@code python}
 * @param sourceFile the source file's name, e.g. {@code main.py}
 * @param compileCommand command that compiles, empty for interpreted languages
 * @param runCommand command that runs the program
 * @param environment variables added to the sandbox's base environment
 * @param namedAfterPublicClass whether the source file is named after the source's public class
 * @param memoryErrorMarkers stderr text by which the runtime says it ran out of memory itself
 */
public record Language(
        String id,
        String name,
        String imageName,
        String sourceFile,
        List<String> compileCommand,
        List<String> runCommand,
        Map<String, String> environment,
        boolean namedAfterPublicClass,
        List<String> memoryErrorMarkers) {

    public Language {
        compileCommand = List.copyOf(compileCommand);
        runCommand = List.copyOf(runCommand);
        environment = Map.copyOf(environment);
        memoryErrorMarkers = List.copyOf(memoryErrorMarkers);
        if (runCommand.isEmpty()) {
            throw new IllegalArgumentException(id + ": a run command is required");
        }
    }

    /** This language with other compile and run commands (placeholders as above), e.g. a front-end's flags. */
    public Language withCommands(List<String> newCompileCommand, List<String> newRunCommand) {
        return new Language(id, name, imageName, sourceFile, newCompileCommand, newRunCommand, environment,
                namedAfterPublicClass, memoryErrorMarkers);
    }

    public boolean compiled() {
        return !compileCommand.isEmpty();
    }

    /** The file name the source is saved under, e.g. {@code Solution.java} for a public class. */
    public String sourceFileFor(String source) {
        if (namedAfterPublicClass) {
            return JavaClassName.of(source) + ".java";
        }
        return sourceFile;
    }

    public List<String> compileCommandFor(String source) {
        return expand(compileCommand, sourceFileFor(source));
    }

    public List<String> runCommandFor(String source) {
        return expand(runCommand, sourceFileFor(source));
    }

    private static List<String> expand(List<String> command, String file) {
        int dot = file.lastIndexOf('.');
        String main = dot > 0 ? file.substring(0, dot) : file;
        return command.stream().map(part -> part.replace("{file}", file).replace("{main}", main)).toList();
    }
}
