package org.labjudge.app.pool;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.NodeInfo;
import org.labjudge.protocol.ProblemDetail;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A fake executor node on loopback (JDK HttpServer) speaking just enough of protocol v1 for the pool:
 * {@code /api/v1/info} with its real load, {@code /api/v1/languages} and {@code /api/v1/runs} with {@code slots} runs at once, each
 * taking {@code serviceTime}, up to {@code maxQueue} waiting, then 429. Tests can make it report itself full,
 * answer a fixed status, require a token, or be killed (connections dropped) and restarted on the same port.
 * Its default judge accepts every test unless the source (or a file of a program of several) contains {@code WRONG}.
 */
public final class StubNode implements AutoCloseable {

    static {
        // Without it the JDK server's header and body writes wait on delayed ACKs (about 40 ms per answer).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String nodeId;
    private final int slots;
    private final int maxQueue;
    private final Duration serviceTime;
    private volatile List<String> languages;
    private final List<LanguageInfo> extraLanguages = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger languageFetches = new AtomicInteger();
    private final AtomicInteger infoPolls = new AtomicInteger();
    private final ObjectMapper mapper = Json.newMapper();
    private final Semaphore permits;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger maxBusy = new AtomicInteger();
    private final List<String> authorizations = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile boolean reportFull;
    private volatile int forcedStatus;
    private volatile String forcedReason;
    private volatile String requiredToken;
    private volatile Function<RunRequest, Verdict> judge = StubNode::defaultJudge;
    private volatile java.util.function.UnaryOperator<TestResult> finish = test -> test;
    private volatile HttpServer server;
    private volatile ExecutorService threads;
    private final int port;

    private StubNode(String nodeId, int slots, int maxQueue, Duration serviceTime, List<String> languages, int port)
            throws IOException {
        this.nodeId = nodeId;
        this.slots = slots;
        this.maxQueue = maxQueue;
        this.serviceTime = serviceTime;
        this.languages = List.copyOf(languages);
        this.permits = new Semaphore(slots, true);
        this.port = listen(port);
    }

    public static StubNode start(String nodeId, int slots, Duration serviceTime) throws IOException {
        return new StubNode(nodeId, slots, 100, serviceTime, List.of("python", "java", "c"), 0);
    }

    public static StubNode start(String nodeId, int slots, int maxQueue, Duration serviceTime, List<String> languages)
            throws IOException {
        return new StubNode(nodeId, slots, maxQueue, serviceTime, languages, 0);
    }

    private int listen(int wanted) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 200);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-" + nodeId);
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/api/v1/info", this::info);
        http.createContext("/api/v1/languages", this::languages);
        http.createContext("/api/v1/runs", this::runs);
        http.start();
        server = http;
        return http.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String nodeId() {
        return nodeId;
    }

    /** Runs answered with a result. */
    public int served() {
        return served.get();
    }

    /** Run requests received, answered or not. */
    public int received() {
        return received.get();
    }

    public int maxBusy() {
        return maxBusy.get();
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public void reportFull(boolean full) {
        reportFull = full;
    }

    /** Answers every run with this status (429, 503, 400, ...) and {@code Retry-After: 1}; 0 for normal. */
    public void forceStatus(int status) {
        forceStatus(status, null);
    }

    /** {@link #forceStatus(int)} with the problem's {@code reason} (null: none, as nodes before it). */
    public void forceStatus(int status, String reason) {
        forcedReason = reason;
        forcedStatus = status;
    }

    public void requireToken(String token) {
        requiredToken = token;
    }

    public void judge(Function<RunRequest, Verdict> verdicts) {
        judge = verdicts;
    }

    /** Each test's result passes through {@code change} before it is sent (feedback, passes, an interactive's empty output). */
    public void finishTests(java.util.function.UnaryOperator<TestResult> change) {
        finish = change;
    }

    /** Drops the listener and every open connection at once, like a machine losing power. */
    public void kill() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Listens again on the same port after {@link #kill()}. */
    public void restart() throws IOException {
        busy.set(0);
        queued.set(0);
        permits.drainPermits();
        permits.release(slots);
        listen(port);
    }

    @Override
    public void close() {
        kill();
    }

    private void info(HttpExchange exchange) throws IOException {
        try (exchange) {
            infoPolls.incrementAndGet();
            int reportedBusy = reportFull ? slots : busy.get();
            NodeInfo info = new NodeInfo(nodeId, "stub", NodeInfo.PROTOCOL_VERSION, slots, reportedBusy,
                    queued.get(), maxQueue, languages, new LimitsInfo(null, null));
            send(exchange, 200, "application/json", Json.write(mapper, info), Map.of());
        }
    }

    /** From now on also offers {@code language} (as a node whose table gained an entry would after a restart). */
    public void offer(LanguageInfo language) {
        extraLanguages.add(language);
        List<String> ids = new java.util.ArrayList<>(languages);
        ids.add(language.id());
        languages = List.copyOf(ids);
    }

    /** How often {@code /api/v1/info} was asked. */
    public int infoPolls() {
        return infoPolls.get();
    }

    /** How often {@code /api/v1/languages} was asked. */
    public int languageFetches() {
        return languageFetches.get();
    }

    /** The languages of its ids as a node of this build describes them (the node's own table), then any offered. */
    private void languages(HttpExchange exchange) throws IOException {
        try (exchange) {
            languageFetches.incrementAndGet();
            List<LanguageInfo> infos = new java.util.ArrayList<>(LanguageTable.defaults().all().stream()
                    .filter(l -> languages.contains(l.id())).map(l -> l.info("stub")).toList());
            infos.addAll(extraLanguages);
            send(exchange, 200, "application/json", Json.write(mapper, infos), Map.of());
        }
    }

    private void runs(HttpExchange exchange) throws IOException {
        try (exchange) {
            received.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String token = requiredToken;
            if (token != null && !("Bearer " + token).equals(auth)) {
                problem(exchange, 401, "missing or wrong token", Map.of());
                return;
            }
            int status = forcedStatus;
            if (status != 0) {
                send(exchange, status, ProblemDetail.MEDIA_TYPE, Json.write(mapper,
                        ProblemDetail.of(status, "stub", "forced " + status).withReason(forcedReason)),
                        Map.of("Retry-After", "1"));
                return;
            }
            RunRequest request = Json.read(mapper, body, RunRequest.class);
            if (!permits.tryAcquire()) {
                if (queued.incrementAndGet() > maxQueue) {
                    queued.decrementAndGet();
                    problem(exchange, 429, "queue full", Map.of("Retry-After", "1"));
                    return;
                }
                permits.acquireUninterruptibly();
                queued.decrementAndGet();
            }
            int now = busy.incrementAndGet();
            maxBusy.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(serviceTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                busy.decrementAndGet();
                permits.release();
            }
            RunResult result = result(request, serviceTime.toMillis()); // the nominal time, so reports are predictable
            served.incrementAndGet(); // before answering, so a client that has its result sees the count
            send(exchange, 200, "application/json", Json.write(mapper, result), Map.of());
        }
    }

    private RunResult result(RunRequest request, long elapsedMs) {
        Verdict verdict = judge.apply(request);
        List<TestResult> tests = new ArrayList<>();
        List<TestCase> cases = request.tests().isEmpty() ? List.of(new TestCase("run", request.stdin(), null))
                : request.tests();
        for (TestCase test : cases) {
            Verdict v = test.expected() == null && verdict == Verdict.ACCEPTED ? Verdict.OK : verdict;
            tests.add(finish.apply(new TestResult(test.name(), v, 0, null,
                    test.expected() == null ? "out\n" : test.expected(), "", elapsedMs, elapsedMs, 1000, false, null)));
        }
        Verdict overall = Verdict.overall(tests.stream().map(TestResult::verdict).toList());
        return new RunResult("run-" + received.get(), nodeId, request.language(), overall, null, tests,
                request.limits(), 0, elapsedMs);
    }

    private static Verdict defaultJudge(RunRequest request) {
        boolean wrong = request.source() != null ? request.source().contains("WRONG")
                : request.files().stream().anyMatch(f -> f.content().contains("WRONG"));
        return wrong ? Verdict.WRONG_ANSWER : Verdict.ACCEPTED;
    }

    private void problem(HttpExchange exchange, int status, String detail, Map<String, String> headers)
            throws IOException {
        send(exchange, status, ProblemDetail.MEDIA_TYPE,
                Json.write(mapper, ProblemDetail.of(status, "stub", detail)), headers);
    }

    private static void send(HttpExchange exchange, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
