package org.labjudge.node.sandbox;

/**
 * How many ready sandboxes a {@link WarmSandboxPool} keeps.
 *
 * @param idlePerImage sandboxes per image kept ready (or being made) at all times
 * @param maxPerImage most ready sandboxes per image: those coming back from runs are kept up to this
 * @param maxUses runs one sandbox serves before it is replaced by a fresh one
 * @param refillThreads threads that create sandboxes in the background
 */
public record PoolSettings(int idlePerImage, int maxPerImage, int maxUses, int refillThreads) {
    public static final int DEFAULT_IDLE_PER_IMAGE = 1;
    public static final int DEFAULT_MAX_USES = 200;
    public static final int DEFAULT_REFILL_THREADS = 2;

    public PoolSettings {
        if (idlePerImage < 0 || maxPerImage < idlePerImage || maxUses <= 0 || refillThreads <= 0) {
            throw new IllegalArgumentException("pool sizes must be non-negative and ordered");
        }
    }

    /** Defaults for a node with {@code slots} slots: enough ready sandboxes to fill every slot. */
    public static PoolSettings forSlots(int slots) {
        return new PoolSettings(DEFAULT_IDLE_PER_IMAGE, defaultMaxPerImage(slots), DEFAULT_MAX_USES,
                DEFAULT_REFILL_THREADS);
    }

    /** One ready sandbox per slot, and at least one. */
    public static int defaultMaxPerImage(int slots) {
        return Math.max(1, slots);
    }
}
