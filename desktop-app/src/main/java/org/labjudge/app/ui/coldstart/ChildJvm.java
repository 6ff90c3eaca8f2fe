package org.labjudge.app.ui.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ColdStartProbe} in a fresh JVM (this JVM's java and class path, the launcher's start-up flags plus
 * {@code extraFlags}) and returns what it measured.
 */
record ChildJvm(Path java, String classPath, List<String> flags) {

    /** Names the flags {@code bin/labjudge} starts the app with ({@code bin/coldstart-benchmark} sets it). */
    static final String LAUNCHER_FLAGS_PROPERTY = "labjudge.app.jvm";

    private static final long TIMEOUT_SECONDS = 120;

    static ChildJvm likeThisOne() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String flags = System.getProperty(LAUNCHER_FLAGS_PROPERTY, "").strip();
        return new ChildJvm(java, System.getProperty("java.class.path"),
                flags.isEmpty() ? List.of() : List.of(flags.split("\\s+")));
    }

    /** Runs the probe once; fails with what the child printed when it printed no measurement. */
    ColdStart probe(List<String> extraFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(flags);
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", classPath, ColdStartProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the probe did not end within " + TIMEOUT_SECONDS + " s: " + output);
        }
        return output.lines().filter(line -> line.startsWith(ColdStart.PREFIX)).findFirst()
                .map(ColdStart::parse)
                .orElseThrow(() -> new IOException("the probe exited " + process.exitValue()
                        + " without a measurement:\n" + output));
    }
}
