package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Checks that a packaged launcher starts from its AppCDS archive. */
final class SharedArchive {
    private SharedArchive() {
    }

    /**
     * The JVM options that make a launcher fail unless it maps its archive, and log where classes come from
     * (JAVA_TOOL_OPTIONS: the JVM reads it, whichever launcher starts it; jpackage's ignores JDK_JAVA_OPTIONS).
     */
    static Map<String, String> required(Path classLog) {
        return Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + classLog);
    }

    /**
     * Runs {@code launcher --version} with sharing required (-Xshare:on: no archive, no start) and asserts that
     * it ran and took the core classes from the archive.
     */
    static void assertLauncherUsesIt(Path launcher, Path classLog) {
        Proc.Result result = Proc.run(Duration.ofMinutes(2), required(classLog), List.of(launcher.toString(), "--version"));
        assertThat(result.exitCode()).as("the launcher with -Xshare:on printed:%n%s", result.output()).isZero();
        assertThat(classLog).content().contains("java.lang.Object source: shared objects file");
    }
}
