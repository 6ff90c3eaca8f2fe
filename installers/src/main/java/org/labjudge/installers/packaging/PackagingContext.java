package org.labjudge.installers.packaging;

import java.nio.file.Path;

/**
 * Where packaging reads its recipes and writes its results.
 *
 * @param installersDir the {@code installers} folder of the checkout ({@code packaging/}, {@code scripts/})
 * @param outputDir everything built goes here ({@code installers/target/packages} in the Maven build)
 * @param version the project's version as Maven has it, e.g. {@code 0.1.0-SNAPSHOT}
 * @param appVersion the version written into the packages (jpackage wants numbers only)
 */
public record PackagingContext(Path installersDir, Path outputDir, String version, String appVersion) {

    /** A context whose package version is derived from the Maven version. */
    public static PackagingContext of(Path installersDir, Path outputDir, String version) {
        return new PackagingContext(installersDir.toAbsolutePath().normalize(),
                outputDir.toAbsolutePath().normalize(), version, Versions.forJpackage(version));
    }

    public PackagingContext withAppVersion(String newAppVersion) {
        return new PackagingContext(installersDir, outputDir, version, newAppVersion);
    }

    Path recipes(String product) {
        return installersDir.resolve("packaging").resolve(product);
    }

    Path workDir() {
        return outputDir.resolve("work");
    }

    Path log(String step) {
        return outputDir.resolve("logs").resolve(step + ".log");
    }
}
