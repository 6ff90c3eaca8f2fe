package org.labjudge.installers.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds jlink and jpackage in the JDK that runs the build (java.home), else in JAVA_HOME. */
final class JdkTools {
    private JdkTools() {
    }

    static Path jlink() {
        return find("jlink");
    }

    static Path jpackage() {
        return find("jpackage");
    }

    /** The jmods folder jlink links from: the running JDK's, so the runtime matches the tools. */
    static Path jmods() {
        for (Path home : homes()) {
            Path jmods = home.resolve("jmods");
            if (Files.isDirectory(jmods)) {
                return jmods;
            }
        }
        throw new PackagingException("no jmods folder in " + homes()
                + "; packaging needs a full JDK 17+ (on Debian: apt-get install openjdk-17-jdk)");
    }

    private static Path find(String tool) {
        String file = HostOs.current() == HostOs.WINDOWS ? tool + ".exe" : tool;
        for (Path home : homes()) {
            Path candidate = home.resolve("bin").resolve(file);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new PackagingException(tool + " not found in " + homes() + "; packaging needs a JDK 17+");
    }

    private static List<Path> homes() {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            homes.add(Path.of(javaHome));
        }
        return homes;
    }
}
