package org.labjudge.node.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One run of the command line with captured output and shutdown hooks. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** Hooks serve registered instead of the JVM's, visible to the test while serve still runs. */
    final List<Thread> hooks = new CopyOnWriteArrayList<>();
    volatile int exitCode = -1;

    static CliRun of(String... args) {
        return new CliRun().execute(args);
    }

    CliRun execute(String... args) {
        exitCode = NodeMain.execute(args, hooks::add, new PrintWriter(out, true), new PrintWriter(err, true));
        return this;
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
