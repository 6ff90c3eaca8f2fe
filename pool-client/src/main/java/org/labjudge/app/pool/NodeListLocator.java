package org.labjudge.app.pool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the node list in docs/node-list.md's order: the explicit location ({@code --nodes PATH|URL}),
 * {@code $LABJUDGE_NODES}, {@code ~/.labjudge/nodes.json}, {@code /etc/labjudge/nodes.json}. An explicit or
 * environment location is used as given (a missing file is then an error, not a reason to look elsewhere);
 * the two standard files are used only when they exist.
 */
record NodeListLocator(Map<String, String> environment, Path home, Path systemFile) {

    static final String ENVIRONMENT_VARIABLE = "LABJUDGE_NODES";

    /** The real environment, home folder and {@code /etc/labjudge/nodes.json}. */
    static NodeListLocator system() {
        return new NodeListLocator(System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of("/etc/labjudge/nodes.json"));
    }

    /** The location to read, or empty when there is no node list. */
    Optional<String> locate(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(explicit.strip());
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.strip());
        }
        return standardFiles().stream().filter(Files::isRegularFile).findFirst().map(Path::toString);
    }

    /** Where a missing list was looked for, for the message a user sees. */
    String searched() {
        List<String> files = standardFiles().stream().map(Path::toString).toList();
        return "$" + ENVIRONMENT_VARIABLE + ", " + String.join(", ", files);
    }

    private List<Path> standardFiles() {
        return List.of(home.resolve(".labjudge").resolve("nodes.json"), systemFile);
    }
}
