package org.labjudge.installers.packaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What every LabJudge package tells jpackage about its application, and how jpackage is run.
 *
 * @param name the package's and launcher's name
 * @param description one line for package managers
 * @param input the staged folder jpackage copies into the package
 * @param mainJar the shaded jar, inside {@code input}
 * @param mainClass the launcher's main class
 * @param runtime the trimmed Java runtime bundled with it
 */
record JpackageApp(String name, String description, Path input, Path mainJar, String mainClass, Path runtime) {
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    /** The shared options for a package of {@code type} written to {@code dest}; callers add their own. */
    List<String> command(PackageType type, String version, Path dest) {
        return new ArrayList<>(List.of(JdkTools.jpackage().toString(),
                "--type", type.jpackageName(),
                "--name", name,
                "--app-version", version,
                "--vendor", "LabJudge",
                "--description", description,
                "--input", input.toString(),
                "--main-jar", mainJar.getFileName().toString(),
                "--main-class", mainClass,
                "--runtime-image", runtime.toString(),
                "--dest", dest.toString()));
    }

    /** Runs a jpackage {@code command}, its output in {@code log}. */
    static void run(List<String> command, Path log) {
        Commands.run(command, DebTools.environment(), log, TIMEOUT);
    }
}
