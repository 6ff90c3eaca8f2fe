package org.labjudge.node.judge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.ForwardingSandbox;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;

/** Passes everything to a real provider and writes down which sandboxes were opened and what each ran. */
public final class RecordingSandboxes implements SandboxProvider {
    private final SandboxProvider real;
    /** Every command, as one line, in the order run. */
    public final List<String> commands = new CopyOnWriteArrayList<>();
    /** Each sandbox opened, in order, with the commands run in it. */
    public final List<Opened> opened = new CopyOnWriteArrayList<>();

    public RecordingSandboxes(SandboxProvider real) {
        this.real = real;
    }

    /** One sandbox and what ran in it. */
    public record Opened(SandboxSpec spec, List<String> commands) {
    }

    @Override
    public Sandbox open(SandboxSpec spec) {
        Opened record = new Opened(spec, new CopyOnWriteArrayList<>());
        opened.add(record);
        return new ForwardingSandbox(real.open(spec)) {
            @Override
            public ExecResult execute(ExecRequest request) {
                String line = String.join(" ", request.command());
                commands.add(line);
                record.commands().add(line);
                return super.execute(request);
            }
        };
    }

    @Override
    public boolean available() {
        return real.available();
    }
}
