package org.labjudge.node.config;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.labjudge.node.judge.RunPolicy;
import org.labjudge.node.sandbox.PoolSettings;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.LimitsInfo;

/**
 * Everything an executor node is configured by, so the composition root gets one value to wire
 * from. Built by {@link Builder} from built-in defaults, a JSON file and command-line overrides;
 * {@link #validate()} refuses values the node cannot run with.
 *
 * @param bind address the HTTP API listens on (loopback by default, so a fresh node is not exposed)
 * @param port HTTP port; 0 picks a free one
 * @param tokens bearer tokens accepted by the API; empty turns auth off (loopback only)
 * @param nodeId name of this node in results and {@code /api/v1/info}
 * @param slots runs executing at once
 * @param maxQueue requests that may wait for a slot before the node answers 429
 * @param maxBodyBytes largest HTTP request body, in bytes (413 above it)
 * @param maxSourceBytes largest source plus extra files of one run, in bytes
 * @param maxTests most tests in one run
 * @param maxFiles most extra files in one run
 * @param defaults limits for values a request leaves out (complete)
 * @param max limits requested values are clamped to (complete)
 * @param imagePrefix prefix of the runtime image names, e.g. {@code labjudge/} for {@code labjudge/python}
 * @param imageTag tag of the runtime images
 * @param drainSeconds how long a stopping node lets running requests finish
 * @param warmPool how many containers each language keeps ready, and how often one is reused (complete)
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
        WarmPoolConfig warmPool) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_SOURCE_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_TESTS = 1000;
    public static final int DEFAULT_MAX_FILES = 32;
    public static final Limits DEFAULT_LIMITS = new Limits(2000, 6000, 256, 64, 64);
    public static final Limits DEFAULT_MAX_LIMITS = new Limits(20000, 60000, 1024, 16384, 256);
    public static final String DEFAULT_IMAGE_PREFIX = "labjudge/";
    public static final String DEFAULT_IMAGE_TAG = "current";
    public static final int DEFAULT_DRAIN_SECONDS = 30;
    /** Requests that may wait per slot when {@code maxQueue} is not given. */
    public static final int DEFAULT_QUEUE_PER_SLOT = 4;

    public NodeConfig {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    /** Every setting at its default. */
    public static NodeConfig defaultConfig() {
        return builder().build();
    }

    /** The settings of a JSON file, defaults for the rest. */
    public static NodeConfig load(Path file) {
        return builder(file).build();
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from the settings of a JSON file; later calls override them. */
    public static Builder builder(Path file) {
        return new Builder().apply(new ConfigFileReader().read(file));
    }

    /** Whether the API checks bearer tokens. */
    public boolean authEnabled() {
        return !tokens.isEmpty();
    }

    /** The worker's admission and limits policy. Call {@link #validate()} first. */
    public RunPolicy runPolicy() {
        return new RunPolicy(slots, maxQueue, defaults, max, maxSourceBytes, maxTests, maxFiles);
    }

    /** The warm sandbox pool's settings. Call {@link #validate()} first. */
    public PoolSettings poolSettings() {
        return new PoolSettings(warmPool.idlePerLanguage(), warmPool.maxPerLanguage(), warmPool.maxUses(),
                PoolSettings.DEFAULT_REFILL_THREADS);
    }

    /** The limits policy as published in {@code /api/v1/info}. */
    public LimitsInfo limitsInfo() {
        return new LimitsInfo(defaults, max);
    }

    /**
     * Checks every value and the rule that a node reachable from the network needs a token.
     *
     * @return this configuration
     * @throws ConfigException naming the first problem
     */
    public NodeConfig validate() {
        List<String> problems = new ArrayList<>();
        if (bind == null || bind.isBlank()) {
            problems.add("bind must not be empty");
        }
        if (port < 0 || port > 65535) {
            problems.add("port must be between 0 and 65535, got " + port);
        }
        for (String token : tokens) {
            if (token == null || token.isBlank()) {
                problems.add("tokens must not be empty strings");
                break;
            }
            if (!token.equals(token.strip())) {
                problems.add("tokens must not start or end with whitespace");
                break;
            }
        }
        if (nodeId == null || nodeId.isBlank()) {
            problems.add("nodeId must not be empty");
        }
        positive(problems, "slots", slots);
        if (maxQueue < 0) {
            problems.add("maxQueue must be 0 or more, got " + maxQueue);
        }
        positive(problems, "maxBodyBytes", maxBodyBytes);
        positive(problems, "maxSourceBytes", maxSourceBytes);
        positive(problems, "maxTests", maxTests);
        if (maxFiles < 0) {
            problems.add("maxFiles must be 0 or more, got " + maxFiles);
        }
        checkLimits(problems);
        if (imagePrefix == null) {
            problems.add("imagePrefix must not be null");
        }
        if (imageTag == null || imageTag.isBlank()) {
            problems.add("imageTag must not be empty");
        }
        if (drainSeconds < 0) {
            problems.add("drainSeconds must be 0 or more, got " + drainSeconds);
        }
        if (warmPool == null || !warmPool.complete()) {
            problems.add("warmPool must give every setting");
        } else {
            problems.addAll(warmPool.problems());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        if (!authEnabled() && !Loopback.isLoopback(bind)) {
            throw new ConfigException("refusing to listen on " + bind
                    + " without a token: add --token or tokens in the config");
        }
        return this;
    }

    private void checkLimits(List<String> problems) {
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

    /** Like the record's, but never prints the tokens: configurations end up in logs. */
    @Override
    public String toString() {
        return "NodeConfig[bind=" + bind + ", port=" + port + ", tokens=" + tokens.size() + " hidden"
                + ", nodeId=" + nodeId + ", slots=" + slots + ", maxQueue=" + maxQueue
                + ", maxBodyBytes=" + maxBodyBytes + ", maxSourceBytes=" + maxSourceBytes
                + ", maxTests=" + maxTests + ", maxFiles=" + maxFiles + ", defaults=" + defaults
                + ", max=" + max + ", imagePrefix=" + imagePrefix + ", imageTag=" + imageTag
                + ", drainSeconds=" + drainSeconds + ", warmPool=" + warmPool + "]";
    }

    /**
     * Collects settings from the file and the command line; whatever is still unset when
     * {@link #build()} runs takes its default. Defaults that depend on other settings
     * ({@code maxQueue} and {@code warmPool.maxPerLanguage} from {@code slots}) are computed then,
     * so a {@code --slots} override moves them with it.
     */
    public static final class Builder {
        private String bind;
        private Integer port;
        private List<String> tokens;
        private String nodeId;
        private Integer slots;
        private Integer maxQueue;
        private Long maxBodyBytes;
        private Integer maxSourceBytes;
        private Integer maxTests;
        private Integer maxFiles;
        private Limits defaults;
        private Limits max;
        private String imagePrefix;
        private String imageTag;
        private Integer drainSeconds;
        private WarmPoolConfig warmPool;

        private Builder() {
        }

        /** Takes every setting the file gives; the ones it leaves out stay as they are. */
        public Builder apply(NodeConfigFile file) {
            Objects.requireNonNull(file, "file");
            bind = or(file.bind(), bind);
            port = or(file.port(), port);
            tokens = or(file.tokens(), tokens);
            nodeId = or(file.nodeId(), nodeId);
            slots = or(file.slots(), slots);
            maxQueue = or(file.maxQueue(), maxQueue);
            maxBodyBytes = or(file.maxBodyBytes(), maxBodyBytes);
            maxSourceBytes = or(file.maxSourceBytes(), maxSourceBytes);
            maxTests = or(file.maxTests(), maxTests);
            maxFiles = or(file.maxFiles(), maxFiles);
            defaults = file.defaults() == null ? defaults : file.defaults().orDefaults(defaults);
            max = file.max() == null ? max : file.max().orDefaults(max);
            imagePrefix = or(file.imagePrefix(), imagePrefix);
            imageTag = or(file.imageTag(), imageTag);
            drainSeconds = or(file.drainSeconds(), drainSeconds);
            warmPool(file.warmPool());
            return this;
        }

        public Builder bind(String value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Replaces the tokens (an override does not add to the file's tokens). */
        public Builder tokens(List<String> values) {
            tokens = values == null ? null : List.copyOf(values);
            return this;
        }

        public Builder nodeId(String value) {
            nodeId = value;
            return this;
        }

        public Builder slots(int value) {
            slots = value;
            return this;
        }

        public Builder maxQueue(int value) {
            maxQueue = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder maxSourceBytes(int value) {
            maxSourceBytes = value;
            return this;
        }

        public Builder maxTests(int value) {
            maxTests = value;
            return this;
        }

        public Builder maxFiles(int value) {
            maxFiles = value;
            return this;
        }

        /** Default limits; values left out keep the ones set so far (or the built-in ones). */
        public Builder defaults(Limits value) {
            defaults = value == null ? defaults : value.orDefaults(defaults);
            return this;
        }

        /** Maximum limits; values left out keep the ones set so far (or the built-in ones). */
        public Builder max(Limits value) {
            max = value == null ? max : value.orDefaults(max);
            return this;
        }

        public Builder imagePrefix(String value) {
            imagePrefix = value;
            return this;
        }

        public Builder imageTag(String value) {
            imageTag = value;
            return this;
        }

        public Builder drainSeconds(int value) {
            drainSeconds = value;
            return this;
        }

        /** Warm pool settings; values left out keep the ones set so far (or the defaults). */
        public Builder warmPool(WarmPoolConfig value) {
            warmPool = value == null ? warmPool : value.orDefaults(warmPool);
            return this;
        }

        /** The configuration, defaults filled in; not yet validated. */
        public NodeConfig build() {
            int slotCount = slots != null ? slots : Runtime.getRuntime().availableProcessors();
            int queue = maxQueue != null ? maxQueue : DEFAULT_QUEUE_PER_SLOT * Math.max(slotCount, 0);
            return new NodeConfig(
                    or(bind, DEFAULT_BIND),
                    or(port, DEFAULT_PORT),
                    or(tokens, List.of()),
                    nodeId != null ? nodeId : hostName(),
                    slotCount,
                    queue,
                    or(maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
                    or(maxSourceBytes, DEFAULT_MAX_SOURCE_BYTES),
                    or(maxTests, DEFAULT_MAX_TESTS),
                    or(maxFiles, DEFAULT_MAX_FILES),
                    defaults == null ? DEFAULT_LIMITS : defaults.orDefaults(DEFAULT_LIMITS),
                    max == null ? DEFAULT_MAX_LIMITS : max.orDefaults(DEFAULT_MAX_LIMITS),
                    or(imagePrefix, DEFAULT_IMAGE_PREFIX),
                    or(imageTag, DEFAULT_IMAGE_TAG),
                    or(drainSeconds, DEFAULT_DRAIN_SECONDS),
                    warmPoolWithDefaults(slotCount));
        }

        /** Defaults filled in: a ready container per slot, and never fewer than the idle ones. */
        private WarmPoolConfig warmPoolWithDefaults(int slotCount) {
            WarmPoolConfig given = or(warmPool, WarmPoolConfig.NONE);
            int idle = or(given.idlePerLanguage(), PoolSettings.DEFAULT_IDLE_PER_IMAGE);
            return given.orDefaults(new WarmPoolConfig(idle,
                    Math.max(idle, PoolSettings.defaultMaxPerImage(slotCount)), PoolSettings.DEFAULT_MAX_USES));
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }

        /** This machine's name, the natural id of a lab machine's node. */
        private static String hostName() {
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
}
