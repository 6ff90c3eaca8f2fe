package org.labjudge.node.sandbox;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one thing two sandboxes may share: a tiny in-memory volume, mounted at {@link #MOUNT} in both, that holds
 * the named pipes (FIFOs) joining an interactive problem's program and validator. The bytes they exchange go
 * through the kernel's pipe buffers, never through the node. It holds no data of the run (the validator's input,
 * answer and feedback stay in its own sandbox), is owned by the sandboxes' user, and is removed with the last
 * sandbox that mounts it.
 */
public final class PipeLink {
    /** Where a linked sandbox sees the link. */
    public static final String MOUNT = "/link";
    /** Size of the volume: FIFOs and a lock file take no space; this only bounds what a program may write there. */
    static final String SIZE = "256k";
    private static final Pattern NAME = Pattern.compile("lj-link-[0-9a-f-]{36}");

    private PipeLink() {
    }

    /** A fresh link name for one run. */
    public static String newName() {
        return "lj-link-" + UUID.randomUUID();
    }

    static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }
}
