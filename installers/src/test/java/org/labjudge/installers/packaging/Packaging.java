package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the packaging tests build from, as the installers pom passes it (see its surefire settings). */
final class Packaging {
    private Packaging() {
    }

    static Path installersDir() {
        return Proc.path("labjudge.installers.dir");
    }

    static String version() {
        return System.getProperty("labjudge.version");
    }

    static PackagingContext context() {
        return PackagingContext.of(installersDir(), Proc.path("labjudge.packages.dir"), version());
    }

    static Path nodeJar() {
        return existing(Proc.path("labjudge.node.jar"), "mvn -pl executor-node -am package -DskipTests");
    }

    static Path gatewayJar() {
        return existing(Proc.path("labjudge.gateway.jar"), "mvn -pl gateway -am package -DskipTests");
    }

    static Path gatewayRecipes() {
        return installersDir().resolve("packaging").resolve("gateway");
    }

    static Path appJar() {
        return existing(Proc.path("labjudge.app.jar"), "mvn -pl desktop-app -am package -DskipTests");
    }

    static Path nodeRecipes() {
        return installersDir().resolve("packaging").resolve("node");
    }

    /** The .deb's maintainer scripts are {@code recipes/debian}'s, executable and valid shell. */
    static void assertMaintainerScripts(Path deb, Path recipes, Path tmp) throws IOException {
        Path control = tmp.resolve("control");
        Proc.ok(Duration.ofMinutes(2), "dpkg-deb", "-e", deb.toString(), control.toString());
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Path shipped = control.resolve(script);
            assertThat(shipped).hasSameTextualContentAs(recipes.resolve("debian").resolve(script));
            assertThat(Files.isExecutable(shipped)).as(script + " is executable").isTrue();
            Proc.ok(Duration.ofMinutes(2), "sh", "-n", shipped.toString());
        }
    }

    private static Path existing(Path jar, String build) {
        assertThat(Files.isRegularFile(jar))
                .as("%s is missing: build it first (%s) or leave these tests out (-DexcludedGroups=packaging)", jar, build)
                .isTrue();
        return jar;
    }
}
