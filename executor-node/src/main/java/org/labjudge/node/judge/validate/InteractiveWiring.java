package org.labjudge.node.judge.validate;

import java.util.ArrayList;
import java.util.List;
import org.labjudge.node.sandbox.PipeLink;

/**
 * How an interactive problem's program and validator are joined: two named pipes in the {@link PipeLink} both
 * sandboxes mount, the validator's stdout into the program's stdin ({@link #TO_PROGRAM}) and the program's stdout
 * into the validator's stdin ({@link #FROM_PROGRAM}). Both sides open {@code TO_PROGRAM} first, so neither waits
 * on the other's second pipe. Before it opens its stdout, so before the validator can start, the program takes
 * two locks and holds them until it ends: one on its stdin (file descriptor 0) and one on {@link #LOCK} (file
 * descriptor 9). The validator's wrapper tests both the moment the validator exits: the program still runs only
 * if it holds both. A dying process's files are released lowest descriptor first or highest first, depending on
 * the kernel, but either way one of the two locks is free before the validator can see the program's end of
 * file, so "the validator ended first" is never said of a program that had already ended.
 */
public final class InteractiveWiring {
    static final String TO_PROGRAM = PipeLink.MOUNT + "/to_program";
    static final String FROM_PROGRAM = PipeLink.MOUNT + "/from_program";
    static final String LOCK = PipeLink.MOUNT + "/program.lock";

    /** Makes fresh pipes for the next pass (run in the validator's sandbox). */
    static final List<String> SETUP = List.of("sh", "-c", "rm -f " + TO_PROGRAM + " " + FROM_PROGRAM + " " + LOCK
            + " && mkfifo -m 600 " + TO_PROGRAM + " " + FROM_PROGRAM);

    private InteractiveWiring() {
    }

    /**
     * The program's {@code command} joined to the pipes; {@code exec} keeps the program itself the main process,
     * so its exit code, signal and time are its own.
     */
    public static List<String> programCommand(List<String> command) {
        List<String> wired = new ArrayList<>(List.of("sh", "-c", "exec 9>" + LOCK + " <" + TO_PROGRAM
                + " && flock -x 9 && flock -x 0 && exec \"$0\" \"$@\" >" + FROM_PROGRAM));
        wired.addAll(command);
        return List.copyOf(wired);
    }
}
