package org.labjudge.node.judge;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.labjudge.node.admission.Admission;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.protocol.score.ScoreSheet;
import org.labjudge.node.judge.validate.ValidatorCache;
import org.labjudge.node.judge.validate.Validators;
import org.labjudge.node.sandbox.PinnedSandboxes;
import org.labjudge.node.sandbox.PipeLink;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxException;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's worker: checks a request, admits it through the node's {@link Admission} (one waiting queue per
 * client, freed slots in turn; refused past the burst when the expected wait is too long), runs it in its own
 * sandbox on the caller's thread, and drains on shutdown. A run holds one slot
 * while it runs; every sandbox of that run is on the slot's core when the policy pins slots.
 */
public final class RunWorker implements RunService {
    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);
    private static final int RETRY_AFTER_DOWN_SECONDS = 5;
    /** Memory the node's built output validators may take; the least recently used go first. */
    static final long VALIDATOR_CACHE_BYTES = 256L * 1024 * 1024;

    private final String nodeId;
    private final RunPolicy policy;
    private final JudgeSettings settings;
    private final LanguageCatalog languages;
    private final SandboxProvider sandboxes;
    private final EngineHealth health;
    /** Told of every finished run with the name of the front-end that asked for it. */
    private final BiConsumer<String, RunResult> onCompleted;
    private final RequestPreparer preparer;
    private final ValidatorCache validatorCache;
    private final ConsolePolicy consolePolicy;
    /** Console sessions in a slot now: the drain waits for them, then ends them with an end message. */
    private final OpenSessions consoles = new OpenSessions();

    /** Who waits for a slot and who is refused; at most {@code slots} runs past it at once. */
    private final Admission admission;
    /** Taken only past the admission, so never waited for; it guards the free-slot stack. */
    private final Semaphore slotPermits;
    /**
     * The free slots, the one freed last on top: runs one after another use the same slot, so they find the
     * warm sandbox already on its core and the engine is not asked to move it.
     */
    private final Deque<Slot> freeSlots = new ArrayDeque<>();
    /** Requests admitted and not finished: running plus waiting. */
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final Set<Sandbox> openSandboxes = ConcurrentHashMap.newKeySet();
    private volatile boolean accepting = true;

    public RunWorker(String nodeId, RunPolicy policy, JudgeSettings settings, LanguageCatalog languages,
            SandboxProvider sandboxes, EngineHealth health, BiConsumer<String, RunResult> onCompleted) {
        this.nodeId = nodeId;
        this.policy = policy;
        this.settings = settings;
        this.languages = languages;
        this.sandboxes = sandboxes;
        this.health = health;
        this.onCompleted = onCompleted;
        this.consolePolicy = policy.console();
        this.preparer = new RequestPreparer(policy, languages, settings.validationLimits(),
                settings.sandboxesLinkable());
        this.validatorCache = new ValidatorCache(VALIDATOR_CACHE_BYTES);
        this.admission = new Admission(policy.admission(), policy::slots);
        this.slotPermits = new Semaphore(policy.slots(), true);
        for (int i = 0; i < policy.slots(); i++) {
            PinnedSandboxes own = new PinnedSandboxes(sandboxes, policy.cpusetOf(i));
            freeSlots.addLast(new Slot(own, new Judge(settings, new Validators(own, settings, validatorCache))));
        }
    }

    /** One slot: the sandboxes of its runs (on its core) and the judge over them. */
    private record Slot(PinnedSandboxes sandboxes, Judge judge) {}

    /** What a sandbox that could not be opened means: an engine gone (refused, 503) or a failed start (null). */
    private Sandbox open(Slot slot, SandboxSpec spec, String languageId) {
        try {
            return slot.sandboxes().open(spec);
        } catch (SandboxException e) {
            if (!sandboxes.available()) {
                throw new RunRejectedException(RunRejectedException.Reason.ENGINE_UNAVAILABLE,
                        RETRY_AFTER_DOWN_SECONDS, "the node's Docker engine does not answer");
            }
            LOG.error("cannot open a sandbox for {}: {}", languageId, e.getMessage());
            throw e;
        }
    }

    private Slot takeSlot() {
        slotPermits.acquireUninterruptibly();
        synchronized (freeSlots) {
            return freeSlots.pollFirst(); // a permit means a free slot
        }
    }

    private void giveBack(Slot slot) {
        synchronized (freeSlots) {
            freeSlots.addFirst(slot);
        }
        slotPermits.release();
    }

    @Override
    public RunResult run(RunRequest request, RunOptions options) {
        long start = System.nanoTime();
        checkAccepting();
        PreparedRun prepared = preparer.prepare(request);
        PreparedRun run = prepared.withLanguage(options.commands().apply(prepared.language()));
        admitted.incrementAndGet();
        try {
            return admission.admit(options.client(), Admission.Timing.COUNTED, () -> runInSlot(run, options, start));
        } finally {
            admitted.decrementAndGet();
        }
    }

    @Override
    public void checkAccepting() {
        if (!accepting) {
            throw new RunRejectedException(RunRejectedException.Reason.SHUTTING_DOWN,
                    RETRY_AFTER_DOWN_SECONDS, "the node is shutting down");
        }
        if (!health.current().isUp()) {
            throw new RunRejectedException(RunRejectedException.Reason.ENGINE_UNAVAILABLE,
                    RETRY_AFTER_DOWN_SECONDS, "the node's Docker engine does not answer");
        }
    }

    @Override
    public ConsoleEnd console(ConsoleStart start, RunOptions options, ConsoleSession session) {
        checkAccepting();
        List<String> problems = start.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRunException(String.join("; ", problems));
        }
        PreparedRun prepared = preparer.prepare(start.run());
        PreparedRun run = prepared.withLanguage(options.commands().apply(prepared.language()));
        int idle = consolePolicy.idle(start.idleSeconds());
        int total = consolePolicy.total(start.totalSeconds());
        admitted.incrementAndGet();
        try {
            return admission.admit(options.client(), Admission.Timing.NOT_COUNTED,
                    () -> consoleInSlot(run, session, idle, total));
        } finally {
            admitted.decrementAndGet();
        }
    }

    private ConsoleEnd consoleInSlot(PreparedRun run, ConsoleSession session, int idle, int total) {
        Slot slot = takeSlot();
        running.incrementAndGet();
        try {
            SandboxSpec spec = settings.startSpec(run.language(), run.limits());
            Sandbox sandbox;
            try {
                sandbox = open(slot, spec, run.language().id());
            } catch (SandboxException e) {
                return ConsoleEnd.without(ConsoleEndReason.INTERNAL_ERROR,
                        "the node could not start a sandbox: " + e.getMessage());
            }
            openSandboxes.add(sandbox);
            try {
                return consoles.during(session,
                        () -> new ConsoleRunner(slot.judge(), nodeId).run(run, sandbox, session, idle, total));
            } catch (SandboxException e) {
                LOG.error("sandbox {} failed during a {} console run: {}", sandbox.id(), run.language().id(),
                        e.getMessage());
                return ConsoleEnd.without(ConsoleEndReason.INTERNAL_ERROR, "the sandbox failed: " + e.getMessage());
            } finally {
                openSandboxes.remove(sandbox);
                sandbox.close();
            }
        } finally {
            running.decrementAndGet();
            giveBack(slot);
        }
    }

    private RunResult runInSlot(PreparedRun run, RunOptions options, long start) {
        Slot slot = takeSlot();
        running.incrementAndGet();
        long queueMs = (System.nanoTime() - start) / 1_000_000;
        try {
            checkNotCancelled(options); // its client went away while it waited
            JudgeOutcome outcome = judgeInSandbox(run, slot, options);
            // Killed for a client gone: its result (the tests after the kill failed) is no one's, nor a verdict.
            checkNotCancelled(options);
            ScoreSheet scores = ScoreSheet.of(run.scoring(), outcome.tests(), outcome.verdict());
            RunResult result = new RunResult(UUID.randomUUID().toString(), nodeId, run.language().id(),
                    scores.verdict(), outcome.compile(), scores.tests(), run.limits(), queueMs,
                    (System.nanoTime() - start) / 1_000_000, scores.score(), scores.groups());
            onCompleted.accept(options.frontend(), result);
            return result;
        } finally {
            running.decrementAndGet();
            giveBack(slot);
        }
    }

    private static void checkNotCancelled(RunOptions options) {
        if (options.cancellation().isCancelled()) {
            throw new RunCancelledException("the run's client went away; the run was stopped");
        }
    }

    /** The waiting room: runs going on and waiting, per client. */
    public Admission admission() {
        return admission;
    }

    private JudgeOutcome judgeInSandbox(PreparedRun run, Slot slot, RunOptions options) {
        SandboxSpec spec = settings.startSpec(run.language(), run.limits());
        // An interactive run's program and validator share a pipe link, made for this run alone.
        String link = run.validator() != null && run.validator().interactive() ? PipeLink.newName() : null;
        if (link != null) {
            spec = spec.withLink(link);
        }
        Sandbox sandbox;
        try {
            sandbox = open(slot, spec, run.language().id());
        } catch (SandboxException e) {
            return internalError(run, "the node could not start a sandbox: " + e.getMessage());
        }
        openSandboxes.add(sandbox);
        try (Cancellation.Registration kill = options.cancellation().onCancel(sandbox::kill)) {
            return slot.judge().judge(run, sandbox, link, options.onTest(), options.outputText());
        } catch (SandboxException e) {
            if (options.cancellation().isCancelled()) {
                LOG.info("sandbox {} killed: the {} run's client went away", sandbox.id(), run.language().id());
            } else {
                LOG.error("sandbox {} failed during a {} run: {}", sandbox.id(), run.language().id(), e.getMessage());
            }
            return internalError(run, "the sandbox failed: " + e.getMessage());
        } finally {
            openSandboxes.remove(sandbox);
            sandbox.close();
        }
    }

    private static JudgeOutcome internalError(PreparedRun run, String message) {
        List<TestResult> tests = run.tests().stream().map(t -> internalError(t, message)).toList();
        return new JudgeOutcome(null, tests, Verdict.INTERNAL_ERROR); // nothing was compiled
    }

    private static TestResult internalError(TestCase test, String message) {
        return new TestResult(test.name(), Verdict.INTERNAL_ERROR, null, null, "", "", 0, 0, 0, false, message);
    }

    /** How many output validators this node has built (each once, then kept). */
    public long validatorBuilds() {
        return validatorCache.builds();
    }

    @Override
    public NodeLoad load() {
        return new NodeLoad(policy.slots(), running.get(), admission.waiting(), policy.admission().burst(),
                (int) policy.admission().maxWait().toSeconds());
    }

    @Override
    public List<LanguageInfo> languages() {
        return languages.infos();
    }

    @Override
    public LimitsInfo limits() {
        return new LimitsInfo(policy.defaults(), policy.max(), consolePolicy.limits());
    }

    @Override
    public Health health() {
        return health.current();
    }

    /**
     * Stops taking work, lets admitted runs (waiting ones too) and console sessions finish within {@code grace},
     * then stops the sessions still open (each gets an end whose message says the node is shutting down),
     * refuses the runs still waiting and destroys the sandboxes of runs still going. Returns whether everything
     * finished in time.
     */
    public boolean drain(Duration grace) {
        accepting = false;
        long deadline = System.nanoTime() + grace.toNanos();
        while (admitted.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        boolean finished = admitted.get() == 0;
        if (!finished) {
            LOG.warn("{} run(s) ({} console session(s)) did not finish within {} s; ending the sessions, refusing"
                    + " the runs waiting, stopping the sandboxes of the rest", admitted.get(), consoles.count(),
                    grace.toSeconds());
        }
        consoles.drain(Duration.ZERO); // before their sandboxes go, so each session's end says why
        admission.close(); // runs still waiting are refused (503) instead of starting after the drain
        openSandboxes.forEach(Sandbox::close);
        return finished;
    }
}
