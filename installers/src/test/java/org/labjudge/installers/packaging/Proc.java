package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion for a test and keeps what it printed (stdout and stderr). */
public final class Proc {

    public record Result(int exitCode, String output) {
        public Result requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private Proc() {
    }

    public static Result run(Duration timeout, Map<String, String> environment, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("cannot read the output of " + command, e);
        }
    }

    public static Result run(Duration timeout, String... command) {
        return run(timeout, Map.of(), List.of(command));
    }

    public static Result ok(Duration timeout, String... command) {
        return run(timeout, command).requireSuccess(List.of(command));
    }

    public static boolean onPath(String tool) {
        return run(Duration.ofSeconds(10), "sh", "-c", "command -v " + tool).exitCode() == 0;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run the tests through Maven)");
        }
        return Path.of(value);
    }
}
