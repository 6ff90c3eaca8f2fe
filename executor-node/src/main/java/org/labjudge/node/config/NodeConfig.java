package org.labjudge.node.config;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.labjudge.node.admission.AdmissionPolicy;
import org.labjudge.node.admission.ConcurrencyCaps;
import org.labjudge.node.blob.BlobStoreSettings;
import org.labjudge.node.judge.ConsolePolicy;
import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.node.judge.RunPolicy;
import org.labjudge.node.sandbox.PoolSettings;
import org.labjudge.node.sandbox.SandboxRuntime;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.LimitsInfo;

/**
 * Everything an executor node is configured by, so the composition root gets one value to wire
 * from. This record is the one declaration of the node's settings: its component names are the
 * config file's field names (a contract: extend, never rename), {@link #defaultsFor} holds every
 * default, and the constructor checks every value. {@link NodeConfigBuilder} lays a file and
 * command-line overrides over the defaults.
 *
 * @param bind address the HTTP API listens on (loopback by default, so a fresh node is not exposed)
 * @param port HTTP port; 0 picks a free one
 * @param tokens bearer tokens accepted by the API; empty turns auth off (loopback only)
 * @param nodeId name of this node in results and {@code /api/v1/info}
 * @param slots runs executing at once
 * @param maxQueue the burst: runs that may wait for a slot whatever their expected wait (a class pressing Run
 *        together); past it a run whose expected wait is over {@code maxWaitSeconds} is refused with 503. The name
 *        is the one nodes had when it was a fixed queue (a contract); the gateway calls the same setting {@code burst}
 * @param maxBodyBytes largest HTTP request body, in bytes (413 above it)
 * @param maxSourceBytes largest source plus extra files of one run, in bytes
 * @param maxTests most tests in one run
 * @param maxFiles most extra files in one run
 * @param defaults limits for values a request leaves out (complete)
 * @param max limits requested values are clamped to (complete)
 * @param imagePrefix prefix of the runtime image names, e.g. {@code labjudge/} for {@code labjudge/python}
 * @param imageTag tag of the runtime images
 * @param drainSeconds how long a stopping node lets running requests finish
 * @param warmPool how many containers each language keeps ready, and how often one is reused
 * @param languages ids of the languages this node offers, in the table's order; empty (the default)
 *     offers every language of the table. Only those with a runtime image are served.
 * @param pinCores the cores the slots run on, slot i on {@code pinCores[i % size]} (its sandboxes' cgroup cpuset),
 *        so two runs never share a core; more slots than cores share them in turn; empty: not pinned.
 *        Default: every core of this machine, 0 to processors - 1
 * @param runtime the engine's container runtime every sandbox runs under: {@code ""} for the engine's default
 *        (runc), {@code "runsc"} for gVisor (a second wall: the program talks to gVisor's kernel, not the host's),
 *        registered in the engine under that name
 * @param maxWaitSeconds the longest expected wait (runs waiting x observed run time / slots) a run is admitted to
 *        once {@code maxQueue} runs wait
 * @param tokenCaps the most runs a token may have going on at once, by the token's client name ({@code token-N}
 *        for the N-th of {@code tokens}, {@code anonymous} for runs without one); the others wait in the token's
 *        queue. A token not named has no cap (the default: {@link AdmissionPolicy#DEFAULT}'s, the gateway's too)
 * @param blobStore where the content-addressed store of test data and validator files lives and its bound in bytes
 *        (default {@code ~/.labjudge/node-blobs/<nodeId>}, {@link BlobStoreSettings#DEFAULT_MAX_BYTES})
 * @param console how long a live console session may last: {@code idleSeconds} without input or output and
 *        {@code totalSeconds} in all for a session that names neither, at most {@code maxIdleSeconds} and
 *        {@code maxTotalSeconds} for one that asks for more (default {@link ConsolePolicy#DEFAULT}: 120, 600, 600, 1800)
 */
public record NodeConfig(
        String bind,
        int port,
        List<String> tokens,
        String nodeId,
        int slots,
        int maxQueue,
        long maxBodyBytes,
        int maxSourceBytes,
        int maxTests,
        int maxFiles,
        Limits defaults,
        Limits max,
        String imagePrefix,
        String imageTag,
        int drainSeconds,
        PoolSettings warmPool,
        List<String> languages,
        List<Integer> pinCores,
        String runtime,
        int maxWaitSeconds,
        Map<String, Integer> tokenCaps,
        BlobStoreSettings blobStore,
        ConsolePolicy console) {

    /**
     * Tokens the project's own examples and manifests show where a real one belongs
     * ({@code installers/examples/node.json}, {@code installers/kubernetes/secret.yaml}); a node that
     * was given one of them was not given a secret.
     */
    /** The port a node listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 7070;

    public static final List<String> PLACEHOLDER_TOKENS = List.of("<generated>", "change-me-to-a-long-random-token");

    /**
     * Checks every value and the rule that a node reachable from the network needs a token.
     *
     * @throws ConfigException naming every problem
     */
    public NodeConfig {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        List<String> problems = new ArrayList<>(ListenSettings.problems(bind, port, tokens));
        List<String> chosen = languages == null ? List.of() : languages;
        boolean ids = chosen.stream().allMatch(id -> id != null && id.matches("[a-z][a-z0-9]*"));
        if (!ids) {
            problems.add("languages must be language ids (lowercase letters and digits), got " + chosen);
        } else if (chosen.stream().distinct().count() != chosen.size()) {
            problems.add("languages lists an id twice: " + chosen);
        }
        languages = ids ? List.copyOf(chosen) : List.of();
        if (nodeId == null || nodeId.isBlank()) {
            problems.add("nodeId must not be empty");
        }
        positive(problems, "slots", slots);
        atLeastZero(problems, "maxQueue", maxQueue);
        positive(problems, "maxBodyBytes", maxBodyBytes);
        positive(problems, "maxSourceBytes", maxSourceBytes);
        positive(problems, "maxTests", maxTests);
        atLeastZero(problems, "maxFiles", maxFiles);
        checkLimits(problems, defaults, max);
        if (imagePrefix == null) {
            problems.add("imagePrefix must not be null");
        }
        if (imageTag == null || imageTag.isBlank()) {
            problems.add("imageTag must not be empty");
        }
        atLeastZero(problems, "drainSeconds", drainSeconds);
        atLeastZero(problems, "maxWaitSeconds", maxWaitSeconds);
        tokenCaps = tokenCaps == null ? Map.of() : tokenCaps;
        try {
            tokenCaps = new ConcurrencyCaps(tokenCaps).caps();
        } catch (IllegalArgumentException e) {
            problems.add("tokenCaps: " + e.getMessage());
        }
        if (warmPool == null) {
            problems.add("warmPool must give every setting");
        }
        if (blobStore == null) {
            problems.add("blobStore must give every setting");
        }
        if (console == null) {
            problems.add("console must give every setting");
        }
        pinCores = pinCores == null ? List.of() : List.copyOf(pinCores);
        if (pinCores.stream().anyMatch(core -> core == null || core < 0)) {
            problems.add("pinCores are core numbers, 0 or more, got " + pinCores);
        }
        runtime = runtime == null ? "" : runtime.strip();
        if (!runtime.matches("[A-Za-z0-9._-]*")) {
            problems.add("runtime must be a runtime's name as the engine knows it (runsc), got \"" + runtime + "\"");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        Loopback.requireTokenOffLoopback(bind, tokens);
    }

    /**
     * Every setting at its default for a node with {@code slots} slots and id {@code nodeId}; the
     * default of {@code warmPool.maxPerLanguage} follows the slots, admission's ({@code maxQueue} as the burst,
     * {@code maxWaitSeconds}) are {@link AdmissionPolicy#DEFAULT}'s, the gateway's too.
     */
    static NodeConfig defaultsFor(int slots, String nodeId) {
        return new NodeConfig("127.0.0.1", DEFAULT_PORT, List.of(), nodeId, slots, AdmissionPolicy.DEFAULT.burst(),
                16L * 1024 * 1024, 1024 * 1024, 1000, 32,
                new Limits(2000, 6000, 256, 64, 64),
                new Limits(20000, 60000, 1024, 16384, 256),
                "labjudge/", "current", 30,
                new PoolSettings(PoolSettings.DEFAULT_IDLE_PER_LANGUAGE,
                        PoolSettings.defaultMaxPerLanguage(slots, PoolSettings.DEFAULT_IDLE_PER_LANGUAGE),
                        PoolSettings.DEFAULT_MAX_USES),
                List.of(),
                java.util.stream.IntStream.range(0, slots).boxed().toList(), "",
                (int) AdmissionPolicy.DEFAULT.maxWait().toSeconds(), AdmissionPolicy.DEFAULT.caps().caps(),
                BlobStoreSettings.defaultsFor(nodeId), ConsolePolicy.DEFAULT);
    }

    /** Every setting at its default on this machine: a slot per core, the host's name as id. */
    public static NodeConfig defaultConfig() {
        return builder().build();
    }

    /** The settings of a JSON file, defaults for the rest. */
    public static NodeConfig load(Path file) {
        return builder(file).build();
    }

    /** A builder that starts from the defaults. */
    public static NodeConfigBuilder builder() {
        return new NodeConfigBuilder();
    }

    /** A builder that starts from the settings of a JSON file; later calls override them. */
    public static NodeConfigBuilder builder(Path file) {
        return new NodeConfigBuilder().apply(file);
    }

    /** Whether the API checks bearer tokens. */
    public boolean authEnabled() {
        return !tokens.isEmpty();
    }

    /** The worker's admission and limits policy. */
    public RunPolicy runPolicy() {
        // A container cannot move to another core under a runtime that takes no updates: not pinned there.
        return new RunPolicy(slots, admission(), defaults, max, maxSourceBytes, maxTests, maxFiles,
                sandboxRuntime().updatable() ? pinCores : List.of(), console);
    }

    /** When a run that must wait is admitted: {@code maxQueue} is the burst. */
    public AdmissionPolicy admission() {
        return new AdmissionPolicy(Duration.ofSeconds(maxWaitSeconds), maxQueue, AdmissionPolicy.DEFAULT.initialRunTime(),
                new ConcurrencyCaps(tokenCaps));
    }

    /** The engine runtime the sandboxes run under. */
    public SandboxRuntime sandboxRuntime() {
        return new SandboxRuntime(runtime);
    }

    /** How the judge uses sandboxes, with this node's runtime images. */
    public JudgeSettings judgeSettings() {
        return JudgeSettings.forImages(imagePrefix, imageTag).withRuntime(sandboxRuntime());
    }

    /** The limits policy as published in {@code /api/v1/info}. */
    public LimitsInfo limitsInfo() {
        return new LimitsInfo(defaults, max, console.limits());
    }

    private static void checkLimits(List<String> problems, Limits defaults, Limits max) {
        if (defaults == null || !defaults.complete() || max == null || !max.complete()) {
            problems.add("defaults and max must give every limit");
            return;
        }
        problems.addAll(prefixed("defaults", defaults.problems()));
        problems.addAll(prefixed("max", max.problems()));
        above(problems, "timeMs", defaults.timeMs(), max.timeMs());
        above(problems, "wallTimeMs", defaults.wallTimeMs(), max.wallTimeMs());
        above(problems, "memoryMb", defaults.memoryMb(), max.memoryMb());
        above(problems, "outputKb", defaults.outputKb(), max.outputKb());
        above(problems, "processes", defaults.processes(), max.processes());
    }

    private static List<String> prefixed(String name, List<String> limitProblems) {
        // Limits.problems() says "limits.timeMs ..."; here the setting is "defaults.timeMs".
        return limitProblems.stream().map(p -> p.replaceFirst("^limits\\.", name + ".")).toList();
    }

    private static void above(List<String> problems, String name, int value, int maximum) {
        if (value > maximum) {
            problems.add("defaults." + name + " (" + value + ") is above max." + name + " (" + maximum + ")");
        }
    }

    private static void positive(List<String> problems, String name, long value) {
        if (value <= 0) {
            problems.add(name + " must be positive, got " + value);
        }
    }

    private static void atLeastZero(List<String> problems, String name, long value) {
        if (value < 0) {
            problems.add(name + " must be 0 or more, got " + value);
        }
    }

    /** Like the record's, but never prints the tokens: configurations end up in logs. */
    @Override
    public String toString() {
        return Arrays.stream(NodeConfig.class.getRecordComponents())
                .map(c -> c.getName() + "=" + (c.getName().equals("tokens") ? tokens.size() + " hidden" : value(c)))
                .collect(Collectors.joining(", ", "NodeConfig[", "]"));
    }

    private Object value(java.lang.reflect.RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This machine's name, the natural id of a lab machine's node. */
    public static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "executor-node";
        }
    }
}
