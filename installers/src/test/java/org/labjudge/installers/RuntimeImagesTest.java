package org.labjudge.installers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.ContainerRules;
import org.labjudge.node.sandbox.SandboxSpec;

/**
 * Runs every runtime image the way the executor node runs a sandbox (the node's own
 * {@link ContainerRules}, as flags of the docker CLI) and checks that hello world compiles and runs,
 * and that the sandbox really is locked down.
 *
 * <p>Before the tests, {@code images/build-images.sh} builds whatever is missing (a few seconds
 * when everything is present), so {@code labjudge/<lang>:current} matches the recipes in this
 * checkout. {@code -Dlabjudge.images.build=false} tests the images as they are.
 */
@Tag("docker")
class RuntimeImagesTest {

    private static final Path IMAGES_DIR =
            Path.of(System.getProperty("labjudge.images.dir", "images")).toAbsolutePath();
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(45);

    /** A language: its image id, and a shell line that saves stdin as the source, compiles and runs it. */
    /**
     * A language of the node's table: its starter program (what a student's new file begins with), and a shell
     * line that saves stdin as the source, builds it with the node's own build step and runs it with the node's
     * own run command and environment.
     */
    record Language(org.labjudge.node.language.Language entry) {
        String id() {
            return entry.id();
        }

        String image() {
            return "labjudge/" + entry.imageName() + ":current";
        }

        String source() {
            return entry.template();
        }

        String compileAndRun() {
            String file = entry.sourceFileFor(source());
            List<String> env = new ArrayList<>(List.of("env"));
            env.addAll(NodeConfig.defaultConfig().judgeSettings().baseEnvironment());
            entry.environment().forEach((name, value) -> env.add(name + "=" + value));
            List<String> build = entry.buildCommandFor(entry.entryOf(source()));
            // What the build step prints goes to stderr: stdout is the program's alone.
            return "cat > " + shell(List.of(file)) + (build.isEmpty() ? "" : " && " + shell(env) + " " + shell(build) + " >&2")
                    + " && exec " + shell(env) + " " + shell(entry.runCommandFor(source()));
        }

        /** The sandbox the node starts for this language, with its default limits. */
        SandboxSpec spec() {
            NodeConfig node = NodeConfig.defaultConfig();
            return node.judgeSettings().startSpec(entry, node.defaults());
        }

        @Override
        public String toString() {
            return id();
        }

        private static String shell(List<String> words) {
            return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        }
    }

    /** Every language the node serves: each has an image built from a folder here. */
    static Stream<Language> languages() {
        return LanguageTable.defaults().all().stream().map(Language::new);
    }

    @BeforeAll
    static void buildMissingImages() throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("labjudge.images.build", "true"))) {
            return;
        }
        Path script = IMAGES_DIR.resolve("build-images.sh");
        Path log = IMAGES_DIR.resolveSibling("target").resolve("build-images.log");
        Files.createDirectories(log.getParent());
        Process build = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("build-images.sh finished within %s; output:%n%s", BUILD_TIMEOUT, output).isTrue();
        assertThat(build.exitValue()).as("build-images.sh exit code; output:%n%s", output).isZero();
        System.out.print(output);
    }

    @Test
    void everyImageFolderHasALanguageHere() throws IOException {
        List<String> folders;
        try (Stream<Path> entries = Files.list(IMAGES_DIR)) {
            folders = entries.filter(dir -> Files.isRegularFile(dir.resolve("Dockerfile")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> !name.equals("base"))
                    .sorted()
                    .toList();
        }
        assertThat(languages().map(Language::id).sorted().toList()).isEqualTo(folders);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theStarterProgramBuildsAndRunsWithTheNodesCommands(Language language) throws Exception {
        // Every starter program reads its input and prints it back: the student's first run works.
        Result result = runInSandbox(language, language.source(), "sh", "-c",
                language.compileAndRun() + " <<'EOF'\n42\nEOF\n");

        assertThat(result.exitCode()).as("exit code; %s", result).isZero();
        assertThat(result.stdout()).as("stdout; %s", result).isEqualTo("42\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void imageRecordsItsLanguageAndToolchainVersion(Language language) throws Exception {
        Result labels = docker(List.of("image", "inspect", "--format",
                "{{index .Config.Labels \"org.labjudge.language\"}} {{index .Config.Labels \"org.labjudge.recipe\"}}",
                language.image()), "");
        assertThat(labels.exitCode()).as("%s", labels).isZero();
        assertThat(labels.stdout()).matches(language.id() + " [0-9a-f]{64}\n");

        Result version = runInSandbox(language, "", "cat", "/usr/local/share/labjudge/language-version");
        assertThat(version.exitCode()).as("%s", version).isZero();
        assertThat(version.stdout()).matches("[0-9]+(\\.[0-9]+)+\n");
        System.out.printf("%-10s %s", language.id(), version.stdout());
    }

    /** The JVM languages, whose compilers start from a class-data archive the image made (javac, kotlinc, scalac). */
    static Stream<Language> archivedCompilers() {
        return languages().filter(l -> l.entry().compileCommand().stream()
                .anyMatch(arg -> arg.startsWith("-J-XX:SharedArchiveFile=")));
    }

    @Test
    void theJvmLanguagesCompileWithAnArchive() {
        assertThat(archivedCompilers().map(Language::id)).containsExactly("java", "kotlin", "scala");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archivedCompilers")
    void theCompilerStartsFromTheImagesClassDataArchiveWithTheNodesCompileFlags(Language language) throws Exception {
        // -Xshare:on makes the JVM refuse to start unless the archive maps: a missing archive, or one of
        // another JDK build or class path, fails here instead of silently slowing every compile.
        List<String> compile = new ArrayList<>(language.entry().compileCommandFor(language.source()));
        compile.add(1, "-J-Xshare:on");
        String quoted = compile.stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(" "));
        String file = language.entry().sourceFileFor(language.source());
        String script = "cd /box && cat > " + file + " && " + quoted + " && ls *.class | head -n 1";
        Result result = runInSandbox(language, language.source(), "sh", "-c", script);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).endsWith(".class\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void runsAsTheSandboxUser(Language language) throws Exception {
        Result result = runInSandbox(language, "", "id", "-u");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).isEqualTo("10001\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void rootIsReadOnlyAndOnlyTheTmpfsDirsAreWritable(Language language) throws Exception {
        Result result = runInSandbox(language, "", "sh", "-c",
                "echo x > /box/probe && echo x > /tmp/probe && echo writable-tmpfs; echo x > /probe");

        assertThat(result.stdout()).as("%s", result).isEqualTo("writable-tmpfs\n");
        assertThat(result.exitCode()).as("writing to / must fail; %s", result).isNotZero();
        assertThat(result.stderr()).as("%s", result).contains("Read-only file system");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void onlyTheLoopbackInterfaceExists(Language language) throws Exception {
        Result result = runInSandbox(language, "", "ls", "/sys/class/net");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).isEqualTo("lo\n");
    }

    // ------------------------------------------------------------------------------------------

    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    /** Runs COMMAND in a fresh sandbox container of LANGUAGE's image, with STDIN fed to it. */
    private static Result runInSandbox(Language language, String stdin, String... command) throws Exception {
        String name = "labjudge-test-" + UUID.randomUUID().toString().substring(0, 12);
        List<String> args = new ArrayList<>(List.of("run", "--rm", "-i", "--name", name));
        args.addAll(sandboxFlags(language.spec()));
        args.add(language.image());
        args.addAll(List.of(command));
        return docker(args, stdin, name);
    }

    /**
     * The node's own container settings ({@link ContainerRules}) as docker run flags. A setting
     * this does not know how to say fails the test, so the node cannot gain a rule these tests skip.
     */
    static List<String> sandboxFlags(SandboxSpec spec) {
        JsonNode host = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .valueToTree(ContainerRules.hostConfig(spec));
        List<String> flags = new ArrayList<>(List.of("--user", ContainerRules.USER, "-w", ContainerRules.WORK_DIR));
        host.fields().forEachRemaining(setting -> {
            JsonNode value = setting.getValue();
            switch (setting.getKey()) {
                case "NetworkMode" -> flags.addAll(List.of("--network", value.asText()));
                case "ReadonlyRootfs" -> flags.addAll(value.asBoolean() ? List.of("--read-only") : List.of());
                case "CapDrop" -> value.forEach(cap -> flags.addAll(List.of("--cap-drop", cap.asText())));
                case "CapAdd" -> value.forEach(cap -> flags.addAll(List.of("--cap-add", cap.asText())));
                case "SecurityOpt" -> value.forEach(opt -> flags.addAll(List.of("--security-opt", opt.asText())));
                case "PidsLimit" -> flags.addAll(List.of("--pids-limit", value.asText()));
                case "Memory" -> flags.addAll(List.of("--memory", value.asText() + "b"));
                case "MemorySwap" -> flags.addAll(List.of("--memory-swap", value.asText() + "b"));
                case "NanoCpus" -> flags.addAll(List.of("--cpus", String.valueOf(value.asLong() / 1e9)));
                case "Tmpfs" -> value.fields().forEachRemaining(
                        mount -> flags.addAll(List.of("--tmpfs", mount.getKey() + ":" + mount.getValue().asText())));
                case "ShmSize" -> flags.addAll(List.of("--shm-size", value.asText() + "b"));
                case "LogConfig" -> flags.addAll(List.of("--log-driver", value.path("Type").asText()));
                default -> throw new AssertionError("no docker run flag for the node's HostConfig." + setting.getKey()
                        + " = " + value + ": add it here");
            }
        });
        return flags;
    }

    private static Result docker(List<String> args, String stdin) throws Exception {
        return docker(args, stdin, null);
    }

    /**
     * Runs the docker CLI with ARGS. On timeout the CLI is killed and, since killing the client
     * does not stop a container, the container CONTAINER_NAME (when given) is removed.
     */
    private static Result docker(List<String> args, String stdin, String containerName) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("docker");
        cmd.addAll(args);
        Path out = Files.createTempFile("labjudge-docker", ".out");
        Path err = Files.createTempFile("labjudge-docker", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.putIfAbsent("DOCKER_CLI_HINTS", "false");
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // the command did not read its stdin; its result tells the rest
            }
            if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                if (containerName != null) {
                    new ProcessBuilder("docker", "rm", "-f", containerName)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor(30, TimeUnit.SECONDS);
                }
                throw new AssertionError("timed out after " + RUN_TIMEOUT + ": "
                        + cmd.stream().collect(Collectors.joining(" ")));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
