package org.labjudge.node.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The warm sandbox pool's settings, the config file's {@code warmPool} object. Each language has
 * an image of its own, so "per language" is per image of {@link org.labjudge.node.sandbox.PoolSettings}.
 * A value left out is {@code null}; {@link NodeConfig.Builder#build()} fills it in.
 *
 * @param idlePerLanguage containers per language kept started and ready (or being started) at all times
 * @param maxPerLanguage most ready containers per language: those coming back from runs are kept up to this
 * @param maxUses runs one container serves before a fresh one replaces it
 */
public record WarmPoolConfig(Integer idlePerLanguage, Integer maxPerLanguage, Integer maxUses) {

    /** Nothing given: every value takes its default. */
    public static final WarmPoolConfig NONE = new WarmPoolConfig(null, null, null);

    /** These settings with each value left out taken from {@code defaults} (which may be {@code null}). */
    public WarmPoolConfig orDefaults(WarmPoolConfig defaults) {
        if (defaults == null) {
            return this;
        }
        return new WarmPoolConfig(
                idlePerLanguage != null ? idlePerLanguage : defaults.idlePerLanguage,
                maxPerLanguage != null ? maxPerLanguage : defaults.maxPerLanguage,
                maxUses != null ? maxUses : defaults.maxUses);
    }

    /** Whether every value is given. */
    public boolean complete() {
        return idlePerLanguage != null && maxPerLanguage != null && maxUses != null;
    }

    /** One message per value the pool cannot work with, each naming the setting. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (idlePerLanguage != null && idlePerLanguage < 0) {
            problems.add("warmPool.idlePerLanguage must be 0 or more, got " + idlePerLanguage);
        }
        if (maxPerLanguage != null && idlePerLanguage != null && maxPerLanguage < idlePerLanguage) {
            problems.add("warmPool.maxPerLanguage (" + maxPerLanguage + ") is below warmPool.idlePerLanguage ("
                    + idlePerLanguage + ")");
        }
        if (maxUses != null && maxUses <= 0) {
            problems.add("warmPool.maxUses must be positive, got " + maxUses);
        }
        return problems;
    }
}
