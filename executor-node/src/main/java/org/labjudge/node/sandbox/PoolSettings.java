package org.labjudge.node.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * How many ready sandboxes a {@link WarmSandboxPool} keeps: the node config file's {@code warmPool}
 * object, whose field names these are. Each language has an image of its own, so "per language"
 * is per image.
 *
 * @param idlePerLanguage sandboxes per language kept ready (or being made) at all times
 * @param maxPerLanguage most ready sandboxes per language: those coming back from runs are kept up to this
 * @param maxUses runs one sandbox serves before it is replaced by a fresh one
 */
public record PoolSettings(int idlePerLanguage, int maxPerLanguage, int maxUses) {

    /** Built-in defaults but for {@code maxPerLanguage}, which follows the node's slots. */
    public static final int DEFAULT_IDLE_PER_LANGUAGE = 1;
    public static final int DEFAULT_MAX_USES = 200;

    /** @throws IllegalArgumentException naming every value the pool cannot work with */
    public PoolSettings {
        List<String> problems = new ArrayList<>();
        if (idlePerLanguage < 0) {
            problems.add("idlePerLanguage must be 0 or more, got " + idlePerLanguage);
        }
        if (maxPerLanguage < idlePerLanguage) {
            problems.add("maxPerLanguage (" + maxPerLanguage + ") is below idlePerLanguage (" + idlePerLanguage + ")");
        }
        if (maxUses <= 0) {
            problems.add("maxUses must be positive, got " + maxUses);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The default of {@code maxPerLanguage}: a ready sandbox per slot, at least one, never fewer than the idle ones. */
    public static int defaultMaxPerLanguage(int slots, int idlePerLanguage) {
        return Math.max(idlePerLanguage, Math.max(1, slots));
    }
}
