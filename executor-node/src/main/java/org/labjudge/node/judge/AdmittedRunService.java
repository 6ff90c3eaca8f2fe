package org.labjudge.node.judge;

import java.util.List;
import org.labjudge.node.admission.Admission;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/** A run service whose runs pass an {@link Admission} first, by the client each run names. */
public final class AdmittedRunService implements RunService {
    private final RunService delegate;
    private final Admission admission;

    public AdmittedRunService(RunService delegate, Admission admission) {
        this.delegate = delegate;
        this.admission = admission;
    }

    @Override
    public RunResult run(RunRequest request, RunOptions options) {
        return admission.admit(options.client(), Admission.Timing.COUNTED, () -> delegate.run(request, options));
    }

    /** A session is admitted like a run, its length not counted in the observed run time. */
    @Override
    public ConsoleEnd console(ConsoleStart start, RunOptions options, ConsoleSession session) {
        return admission.admit(options.client(), Admission.Timing.NOT_COUNTED,
                () -> delegate.console(start, options, session));
    }

    @Override
    public void checkAccepting() {
        admission.checkOpen();
        delegate.checkAccepting();
    }

    /** The delegate's load with the runs waiting for admission counted as queued, and its burst as may wait. */
    @Override
    public NodeLoad load() {
        NodeLoad load = delegate.load();
        return new NodeLoad(load.slots(), load.busy(), load.queued() + admission.waiting(),
                load.maxQueue() + admission.burst(), (int) admission.maxWait().toSeconds());
    }

    @Override
    public List<LanguageInfo> languages() {
        return delegate.languages();
    }

    @Override
    public LimitsInfo limits() {
        return delegate.limits();
    }

    @Override
    public Health health() {
        return delegate.health();
    }
}
