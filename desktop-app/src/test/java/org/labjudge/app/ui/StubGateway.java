package org.labjudge.app.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.ui.run.RunGateway;
import org.labjudge.protocol.CompileResult;
import org.labjudge.app.editor.TestLanguages;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** A gateway for UI tests that answers from a function instead of a node, and records what it was asked. */
final class StubGateway implements RunGateway {

    static final NodeStatus NODE = new NodeStatus("stub-01", "http://127.0.0.1:1", NodeState.UP, 3, 0, 2,
            List.of("python", "c", "java", "cpp"), null, List.of(TestLanguages.PYTHON.info(), TestLanguages.C.info(),
                    TestLanguages.JAVA.info(), TestLanguages.CPP.info()));

    private final Function<RunRequest, CompletableFuture<RunResult>> responder;
    final List<RunRequest> requests = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<RunResult>> futures = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    StubGateway(Function<RunRequest, CompletableFuture<RunResult>> responder) {
        this.responder = responder;
    }

    /** Answers every request with {@code result}. */
    static StubGateway answering(Function<RunRequest, RunResult> result) {
        return new StubGateway(request -> CompletableFuture.completedFuture(result.apply(request)));
    }

    /** Never answers (until cancelled). */
    static StubGateway hanging() {
        return new StubGateway(request -> new CompletableFuture<>());
    }

    @Override
    public CompletableFuture<RunResult> submit(RunRequest request) {
        requests.add(request);
        CompletableFuture<RunResult> future = responder.apply(request);
        futures.add(future);
        return future;
    }

    @Override
    public List<NodeStatus> nodes() {
        return List.of(NODE);
    }

    @Override
    public void addListener(Consumer<List<NodeStatus>> listener) {
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A result where every test gets the verdict {@code perTest} says, echoing expected output when accepted. */
    static RunResult judged(RunRequest request, Function<TestCase, TestResult> perTest) {
        List<TestResult> tests = request.tests().stream().map(perTest).toList();
        Verdict overall = Verdict.overall(tests.stream().map(TestResult::verdict).toList());
        return new RunResult("r1", "stub-01", request.language(), overall,
                new CompileResult(0, "", "", 10, 12, false, Verdict.OK), tests, request.limits(), 0, 42);
    }

    static TestResult accepted(TestCase test) {
        return new TestResult(test.name(), Verdict.ACCEPTED, 0, null, test.expected(), "", 12, 15, 9100, false, null);
    }

    static TestResult wrong(TestCase test, String output) {
        return new TestResult(test.name(), Verdict.WRONG_ANSWER, 0, null, output, "", 12, 15, 9100, false,
                "line 1: expected \"" + test.expected().strip() + "\", got \"" + output.strip() + "\"");
    }

    static RunResult compileError(RunRequest request, String stderr) {
        return new RunResult("r2", "stub-01", request.language(), Verdict.COMPILATION_ERROR,
                new CompileResult(1, "", stderr, 300, 320, false, Verdict.COMPILATION_ERROR), List.of(),
                request.limits(), 0, 330);
    }

    static RunResult ran(RunRequest request, String stdout) {
        TestResult run = new TestResult("run", Verdict.OK, 0, null, stdout, "", 7, 9, 8200, false, null);
        return new RunResult("r3", "stub-01", request.language(), Verdict.OK, null, List.of(run), request.limits(), 0, 20);
    }
}
