package org.labjudge.node.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.labjudge.node.judge.ConsoleSession;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.judge.RunService;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** A scripted worker: answers what a test sets and remembers the requests it got. */
final class FakeRunService implements RunService {
    static final LimitsInfo LIMITS = new LimitsInfo(new Limits(2000, 6000, 256, 64, 64),
            new Limits(20000, 60000, 1024, 16384, 256));
    static final List<LanguageInfo> LANGUAGES = List.of(
            new LanguageInfo("python", "Python 3", "3.11.2", "main.py", false, List.of("py"), "print(input())\n"),
            new LanguageInfo("c", "C (gcc)", "12.2.0", "main.c", true, List.of("c"), ""));

    final AtomicReference<Health> health = new AtomicReference<>(Health.up());
    final AtomicReference<NodeLoad> load = new AtomicReference<>(new NodeLoad(4, 1, 2, 16));
    final AtomicReference<Function<RunRequest, RunResult>> runner = new AtomicReference<>(FakeRunService::accepted);
    final List<RunRequest> requests = new ArrayList<>();

    static RunResult accepted(RunRequest request) {
        TestResult test = new TestResult("run", Verdict.OK, 0, null, "3\n", "", 18, 25, 9100, false, null);
        return new RunResult("run-1", "lab-07", request.language(), Verdict.OK, null, List.of(test),
                LIMITS.apply(request.limits()), 3, 61);
    }

    @Override
    public synchronized RunResult run(RunRequest request, RunOptions options) {
        requests.add(request);
        RunResult result = runner.get().apply(request);
        // As the worker does for a streamed run: each test heard before the result is answered.
        result.tests().forEach(options.onTest());
        return result;
    }

    @Override
    public ConsoleEnd console(ConsoleStart start, RunOptions options, ConsoleSession session) {
        throw new InvalidRunException("the fake run service runs no console sessions");
    }

    @Override
    public void checkAccepting() {
    }

    @Override
    public NodeLoad load() {
        return load.get();
    }

    @Override
    public List<LanguageInfo> languages() {
        return LANGUAGES;
    }

    @Override
    public LimitsInfo limits() {
        return LIMITS;
    }

    @Override
    public Health health() {
        return health.get();
    }
}
