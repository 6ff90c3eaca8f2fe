package org.labjudge.node.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The baseline: the same program run with a plain {@code docker run --rm} per run. */
final class DockerRunBaseline {
    private DockerRunBaseline() {}

    /** Runs {@code docker run --rm -i --network none IMAGE sh -c SCRIPT} with stdin; returns ms. */
    static double once(String image, String script, String stdin) {
        List<String> command = new ArrayList<>(List.of("docker", "run", "--rm", "-i", "--network", "none",
                "--entrypoint", "sh", image, "-c", script));
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0
                    || !output.contains("Hello, world!")) {
                throw new IllegalStateException("baseline run failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
