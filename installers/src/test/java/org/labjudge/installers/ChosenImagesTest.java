package org.labjudge.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.installers.packaging.Proc;

/**
 * build-images.sh builds the images of the languages a node's config chooses (and the images they are built on), and
 * no others, and says how long each took and how large it is.
 */
@Tag("docker")
class ChosenImagesTest {
    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent()
            .resolve("installers").resolve("images").resolve("build-images.sh");
    // "build-images: lua  labjudge/lua:<h12>  built in 41.2s, 190 MB" or "... present, skipped, 190 MB"
    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^build-images: (\\S+) +labjudge/\\S+:[0-9a-f]{12} +(built in [0-9.]+s.*|present, skipped), [0-9]+ MB$");

    @TempDir
    Path dir;

    @Test
    void onlyTheLanguagesOfTheNodesConfigAreBuiltEachWithItsTimeAndSize() throws IOException {
        Path config = Files.writeString(dir.resolve("node.json"), """
                {
                  "nodeId": "lab-small",
                  "languages": [
                    "lua",
                    "bash"
                  ],
                  "warmPool": {"idlePerLanguage": 1}
                }
                """);

        Proc.Result build = Proc.run(Duration.ofMinutes(20), Map.of(), List.of(SCRIPT.toString(), "--config",
                config.toString()));

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(SUMMARY.matcher(build.output()).results().map(m -> m.group(1)).toList()).as(build.output())
                .containsExactly("base", "lua", "bash");
    }

    @Test
    void aConfigThatChoosesNoLanguagesMeansEveryImage() throws IOException {
        Path config = Files.writeString(dir.resolve("node.json"), "{\"nodeId\": \"lab-all\", \"languages\": []}\n");
        List<String> folders;
        try (Stream<Path> entries = Files.list(SCRIPT.getParent())) {
            folders = entries.filter(d -> Files.isRegularFile(d.resolve("Dockerfile"))).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals("base")).toList();
        }

        // Seconds when RuntimeImagesTest (or the set-up) built them already; the first build of all otherwise.
        Proc.Result build = Proc.run(Duration.ofMinutes(45), Map.of(), List.of(SCRIPT.toString(), "--config",
                config.toString()));

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("every language");
        List<String> summarised = SUMMARY.matcher(build.output()).results().map(m -> m.group(1)).toList();
        assertThat(summarised).as(build.output()).startsWith("base");
        assertThat(summarised.subList(1, summarised.size())).containsExactlyInAnyOrderElementsOf(folders);
    }

    @Test
    void aLanguageBuiltOnAnotherLanguagesImageComesAfterItAndSharesItsLayers() {
        // Kotlin's builds-on names java: java is built (or found) first although only kotlin is chosen.
        Proc.Result build = Proc.run(Duration.ofMinutes(20), Map.of("LABJUDGE_PRUNE_IMAGES", "0"),
                List.of(SCRIPT.toString(), "kotlin"));

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(SUMMARY.matcher(build.output()).results().map(m -> m.group(1)).toList()).as(build.output())
                .containsExactly("base", "java", "kotlin");
        List<String> java = layers("labjudge/java:current");
        List<String> kotlin = layers("labjudge/kotlin:current");
        assertThat(kotlin.size()).isGreaterThan(java.size());
        assertThat(kotlin.subList(0, java.size())).isEqualTo(java);
    }

    @Test
    void withoutMavenAChosenLanguageThatNeedsItStopsTheBuildAndEveryLanguageSkipsIt() throws IOException {
        // A copy of the recipes in which kotlin's differs, so its image is missing (base and java are present),
        // run with a PATH that has everything of this host but mvn and npm.
        Path images = dir.resolve("images");
        for (String folder : List.of("base", "java", "kotlin")) {
            copyFolder(SCRIPT.getParent().resolve(folder), images.resolve(folder));
        }
        Files.copy(SCRIPT, images.resolve("build-images.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(SCRIPT.resolveSibling("stage-artifacts.sh"), images.resolve("stage-artifacts.sh"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(images.resolve("kotlin/Dockerfile"), "# a changed recipe\n", StandardOpenOption.APPEND);
        Map<String, String> noMaven = Map.of("PATH", pathWithout("mvn", "npm").toString(),
                "LABJUDGE_BUILD_LOG_DIR", dir.resolve("logs").toString(), "LABJUDGE_PRUNE_IMAGES", "0");
        String script = images.resolve("build-images.sh").toString();

        Proc.Result chosen = Proc.run(Duration.ofMinutes(5), noMaven, List.of(script, "java", "kotlin"));
        Proc.Result every = Proc.run(Duration.ofMinutes(5), noMaven, List.of(script));

        assertThat(chosen.exitCode()).as(chosen.output()).isNotZero();
        assertThat(chosen.output()).contains("kotlin needs Maven (the mvn command; on Debian: apt-get install maven)")
                .contains("leave those languages out").doesNotContain("building");
        assertThat(every.exitCode()).as(every.output()).isZero();
        assertThat(every.output())
                .contains("warning: skipping kotlin: its toolchain is fetched by Maven (the mvn command; on Debian: "
                        + "apt-get install maven)")
                .containsPattern("(?m)^build-images: kotlin +not built +needs Maven")
                .doesNotContain("building");
        assertThat(SUMMARY.matcher(every.output()).results().map(m -> m.group(1)).toList()).as(every.output())
                .containsExactly("base", "java");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** A folder of links to every command of this host's system folders but {@code left out}. */
    private Path pathWithout(String... leftOut) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String system : List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            try (Stream<Path> commands = Files.list(Path.of(system))) {
                for (Path command : commands.toList()) {
                    Path link = bin.resolve(command.getFileName());
                    if (!List.of(leftOut).contains(command.getFileName().toString()) && !Files.exists(link,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, command);
                    }
                }
            }
        }
        return bin;
    }

    private static List<String> layers(String image) {
        Proc.Result inspect = Proc.ok(Duration.ofSeconds(30), "docker", "image", "inspect", "-f",
                "{{range .RootFS.Layers}}{{println .}}{{end}}", image);
        return inspect.output().lines().filter(line -> !line.isBlank()).toList();
    }

    @Test
    void aLanguageWithoutAnImageFolderIsRefusedByName() throws IOException {
        Path config = Files.writeString(dir.resolve("node.json"), "{\"languages\": [\"bash\", \"cobol\"]}\n");

        Proc.Result build = Proc.run(Duration.ofMinutes(1), Map.of(), List.of(SCRIPT.toString(), "--config",
                config.toString()));

        assertThat(build.exitCode()).isNotZero();
        assertThat(build.output()).contains("unknown language 'cobol'");
    }
}
