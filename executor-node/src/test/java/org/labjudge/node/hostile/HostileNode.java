package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.labjudge.node.endtoend.RunningNodeFixture;
import org.labjudge.node.testing.HostCommand;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The real node the hostile tests attack: Docker sandboxes, HTTP on a loopback port, a bearer
 * token. One shared node serves the test classes that run one after another (started once,
 * stopped when the whole run ends), so the suite pays for one start; each case then proves the
 * node survived it. A class that runs beside the others starts a node of its own.
 */
final class HostileNode implements AutoCloseable {
    /** Small limits, so every hostile program is stopped quickly. */
    static final Limits SMALL = new Limits(1000, 3000, 128, 64, 32);
    // A container's cgroup, in every layout Docker makes: "/docker/<id>" (cgroupfs driver, v1 and v2) and
    // "/system.slice/docker-<id>.scope" (systemd driver).
    private static final Pattern CONTAINER_CGROUP = Pattern.compile("/docker[/-]([0-9a-f]{64})(?:\\.scope)?(?:/|$)",
            Pattern.MULTILINE);

    /** The languages of the shared node: the ones the attacks use. */
    private static final List<String> LANGUAGES = List.of("python", "java", "c", "cpp", "bash");

    final String token = "lj-hostile-" + UUID.randomUUID();
    final RunningNodeFixture fixture;
    private final String imageTag;
    private final List<String> languages;
    /** The images' repository: RunningNodeFixture's {@code -Dlabjudge.imagePrefix}, else the default. */
    static final String IMAGES = System.getProperty("labjudge.imagePrefix", "labjudge/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Starts a node that offers only {@code languages} (bash always, for the after-attack check):
     * their images are tagged for it alone, and a node leaves languages without an image out, so
     * it starts without probing and warming sandboxes for the others.
     */
    HostileNode(List<String> languages) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.imageTag = "lj-hostile-" + id;
        this.languages = languages.contains("bash") ? List.copyOf(languages)
                : Stream.concat(languages.stream(), Stream.of("bash")).toList();
        this.languages.forEach(l -> command("docker", "tag", IMAGES + l + ":current", IMAGES + l + ":" + imageTag));
        fixture = new RunningNodeFixture(b -> b.set("nodeId", "hostile-" + id)
                .set("tokens", List.of(token))
                .set("slots", 2)
                .set("imageTag", imageTag)
                .set("drainSeconds", 10));
        awaitLanguages(fixture, this.languages);
    }

    /**
     * Waits until the node offers these languages: a node whose first engine check is slow (a
     * loaded machine) starts DOWN and probes its languages only once the engine answers.
     */
    static void awaitLanguages(RunningNodeFixture node, List<String> languages) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = node.get("/api/v1/languages").body();
            return languages.stream().allMatch(l -> body.contains("\"id\":\"" + l + "\""));
        });
    }

    /** The shared node, started by the first class that asks for it. */
    static HostileNode shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(HostileNode.class))
                .computeIfAbsent("node", key -> new HostileNode(LANGUAGES), HostileNode.class);
    }

    /** Hands the shared node to test methods that take a {@code HostileNode} parameter. */
    static final class Shared implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == HostileNode.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return shared(context);
        }
    }

    String nodeId() {
        return fixture.config.nodeId();
    }

    // ---- talking to the node -------------------------------------------------------------

    /** Posts a run (with the token) and expects 200 with a valid RunResult. */
    RunResult run(RunRequest request) {
        HttpResponse<String> response = fixture.post("/api/v1/runs", Json.write(fixture.json, request));
        assertThat(response.statusCode()).as(response::body).isEqualTo(200);
        return Json.read(fixture.json, response.body(), RunResult.class);
    }

    /** Runs {@code source} once without tests and returns the single result. */
    TestResult runOnce(String language, String source, Limits limits, String stdin) {
        RunResult result = run(RunRequest.of(language, source).withLimits(limits).withStdin(stdin));
        assertThat(result.tests()).hasSize(1);
        assertThat(result.verdict()).isEqualTo(result.tests().get(0).verdict());
        return result.tests().get(0);
    }

    TestResult runOnce(String language, String source) {
        return runOnce(language, source, SMALL, "");
    }

    /** Runs with tests and returns the whole result. */
    RunResult runTests(String language, String source, Limits limits, List<TestCase> tests) {
        return run(RunRequest.of(language, source).withLimits(limits).withTests(tests));
    }

    /** Sends a request as it is: no token added, whatever it carries. */
    HttpResponse<String> bare(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A POST to /api/v1/runs with the token, a JSON content type and this body. */
    HttpRequest.Builder postRuns(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(fixture.uri("/api/v1/runs"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body);
    }

    // ---- what every case must leave as it found -----------------------------------------

    /**
     * The node survived: health is UP, the next run succeeds, and no process of any earlier run
     * is left (a container may stay only as a reset sandbox holding nothing but its agent).
     */
    void assertSurvived() {
        HttpResponse<String> health = fixture.get("/api/v1/health");
        assertThat(health.statusCode()).as("health after the attack: %s", health.body()).isEqualTo(200);
        TestResult next = runOnce("bash", "echo still-here\n");
        assertThat(next.verdict()).as("the next run: %s", next).isEqualTo(Verdict.OK);
        assertThat(next.stdout()).isEqualTo("still-here\n");
        assertNothingLeftBehind(nodeId());
    }

    /**
     * No container of the node runs anything but its agent (the warm pool may keep reset ones),
     * none is stopped or dead, and `docker ps` by the node's label agrees with the node's view.
     */
    static void assertNothingLeftBehind(String nodeId) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<String> listed = dockerPs(nodeId);
            Map<String, List<String>> processes = UNDER_GVISOR ? Map.of() : processesByContainer();
            for (String line : listed) {
                String[] parts = line.split(" ", 2);
                String id = parts[0];
                assertThat(parts[1]).as("state of container %s of node %s", id, nodeId).isEqualTo("running");
                if (UNDER_GVISOR) {
                    // A used gVisor sandbox is removed after its run; on a loaded engine the container is still
                    // listed as running for seconds after its gVisor kernel is gone, holding no process at all.
                    List<String> inside = gvisorProcesses(id);
                    assertThat(inside).as("processes in container %s of node %s", id, nodeId)
                            .isIn(List.of(), List.of("lj-agent"));
                    continue;
                }
                List<String> inside = processes.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(id))
                        .flatMap(e -> e.getValue().stream())
                        .toList();
                assertThat(inside).as("processes in container %s of node %s", id, nodeId)
                        .containsExactly("lj-agent");
            }
            assertThat(links(nodeId)).as("pipe links (volumes of interactive runs) of node %s", nodeId).isEmpty();
        });
    }

    /** bin/test-gvisor: the host sees only gVisor's own processes of a container, never the program's. */
    static final boolean UNDER_GVISOR = "runsc".equals(System.getProperty("labjudge.runtime"));
    /** Where the engine's runsc keeps its containers' state (the runtime's --root under Docker). */
    private static final String RUNSC_ROOT = "/var/run/docker/runtime-runc/moby";

    /** The names of the processes a container runs: from the host's /proc, or under gVisor as its own kernel lists them. */
    static List<String> processesIn(String containerId) {
        return UNDER_GVISOR ? gvisorProcesses(containerId) : processesByContainer().getOrDefault(containerId, List.of());
    }

    /**
     * The names of the processes inside a gVisor sandbox, as gVisor's own kernel lists them; none for a container whose
     * gVisor kernel has stopped or is gone (runsc then refuses to list: "cannot get processes of container ... in
     * state stopped", or "connecting to control server ...: connection refused" while the engine removes it).
     */
    static List<String> gvisorProcesses(String containerId) {
        String state = command("docker", "ps", "-a", "--no-trunc", "--filter", "id=" + containerId,
                "--format", "{{.State}}").strip();
        if (!state.equals("running")) {
            return List.of();
        }
        try {
            return command("runsc", "--root", RUNSC_ROOT, "ps", containerId).lines().skip(1)
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
        } catch (AssertionError refused) {
            String why = refused.getMessage();
            if (why.contains("connection refused") || why.contains("in state stopped")
                    || command("docker", "ps", "-q", "--no-trunc", "--filter", "id=" + containerId).isBlank()) {
                return List.of();
            }
            throw refused;
        }
    }

    /** The node's pipe links still there: {@code docker volume ls} by its label. */
    static List<String> links(String nodeId) {
        String out = command("docker", "volume", "ls", "-q", "--filter", "label=org.labjudge.node=" + nodeId);
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** {@code docker ps -a} by the node's label: one "id state" line per container. */
    static List<String> dockerPs(String nodeId) {
        String out = command("docker", "ps", "-a", "--no-trunc", "--filter", "label=org.labjudge.node=" + nodeId,
                "--format", "{{.ID}} {{.State}}");
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Every process on this host that lives in a Docker container, by container id: their names. */
    static Map<String, List<String>> processesByContainer() {
        Map<String, List<String>> byContainer = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    Optional<String> container = containerOf(Files.readString(dir.resolve("cgroup")));
                    if (container.isPresent()) {
                        String name = Files.readString(dir.resolve("comm")).strip();
                        byContainer.computeIfAbsent(container.get(), k -> new ArrayList<>()).add(name);
                    }
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot list /proc", e);
        }
        return byContainer;
    }

    /** The id of the Docker container a process's {@code /proc/PID/cgroup} names, whatever the cgroup layout. */
    static Optional<String> containerOf(String procCgroup) {
        Matcher m = CONTAINER_CGROUP.matcher(procCgroup);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The writable layer of a container on the host: what it wrote outside its tmpfs mounts. */
    static Path upperDir(String containerId) {
        return Path.of(command("docker", "inspect", "--format", "{{.GraphDriver.Data.UpperDir}}", containerId).strip());
    }

    /** Runs a host command and returns its stdout; fails the test when it fails. */
    static String command(String... command) {
        return HostCommand.run(command);
    }

    /** Stops the node, removes its image tags and checks it took every container with it. */
    @Override
    public void close() {
        fixture.close();
        for (String language : languages) {
            try {
                command("docker", "rmi", IMAGES + language + ":" + imageTag);
            } catch (AssertionError e) {
                // only a tag; the engine may have retagged the image meanwhile
            }
        }
        assertThat(dockerPs(nodeId())).as("containers of the stopped node %s", nodeId()).isEmpty();
    }
}
