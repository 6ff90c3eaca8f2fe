package org.labjudge.node.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bearer tokens read from a file, one per line (blank lines and {@code #} comments skipped): a
 * Kubernetes Secret mounted as a volume, or a file only root and the node can read. A token given
 * this way never appears in the process's command line, which every user of the host can read in
 * {@code /proc/PID/cmdline}.
 */
public final class TokenFile {
    private TokenFile() {
    }

    /**
     * The tokens of {@code file}.
     *
     * @throws ConfigException when the file cannot be read or holds no token
     */
    public static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read the token file " + file + ": " + e.getMessage());
        }
        List<String> tokens = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (tokens.isEmpty()) {
            throw new ConfigException("the token file " + file + " holds no token");
        }
        return tokens;
    }
}
