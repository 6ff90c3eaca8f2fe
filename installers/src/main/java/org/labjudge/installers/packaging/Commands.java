package org.labjudge.installers.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the external tools packaging needs (jlink, jpackage). Output goes to a log file rather than
 * memory: jpackage's verbose output is long, and the log is what a person reads when it fails.
 */
final class Commands {
    private static final int TAIL_LINES = 30;

    private Commands() {
    }

    /**
     * Runs {@code command} to completion.
     *
     * @param environment added to this process's environment
     * @param log receives stdout and stderr, replaced each run
     * @throws PackagingException on a non-zero exit or after {@code timeout}, with the log's last lines
     */
    static void run(List<String> command, Map<String, String> environment, Path log, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new PackagingException(name(command) + " did not finish within " + timeout.toSeconds()
                        + " s; its output is in " + log + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new PackagingException(name(command) + " failed with exit code " + process.exitValue()
                        + "; its output is in " + log + tail(log));
            }
            // One line per step in the build's output: where packaging time goes.
            System.out.printf("packaging: %s took %.1f s (log: %s)%n", log.getFileName().toString().replace(".log", ""),
                    (System.nanoTime() - start) / 1e9, log);
        } catch (IOException e) {
            throw new PackagingException("cannot run " + name(command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackagingException("interrupted while running " + name(command), e);
        }
    }

    private static String name(List<String> command) {
        return Path.of(command.get(0)).getFileName().toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return last.isEmpty() ? "" : ":\n  " + String.join("\n  ", last);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
