package org.labjudge.app.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.labjudge.app.editor.TestLanguages;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.NodeInfo;
import org.labjudge.protocol.RunEvent;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A node on loopback for UI tests (JDK HttpServer, protocol v1's info, languages and runs) that answers runs from
 * a script instead of a sandbox and records what it was asked, so the window is driven through the real pool
 * client over real HTTP without Docker. A {@link #HANG} answer holds the request until the client gives up on it.
 */
final class ScriptedNode implements AutoCloseable {

    static final String NODE_ID = "stub-01";
    /** A script's answer that never comes: the request stays open until the client hangs up. */
    static final RunResult HANG = new RunResult("hang", NODE_ID, "none", Verdict.INTERNAL_ERROR, null, List.of(),
            null, 0, 0);
    private static final List<LanguageInfo> LANGUAGES = List.of(TestLanguages.PYTHON.info(), TestLanguages.C.info(),
            TestLanguages.JAVA.info(), TestLanguages.CPP.info());

    private final ObjectMapper mapper = Json.newMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final CountDownLatch closed = new CountDownLatch(1);
    final List<RunRequest> requests = new CopyOnWriteArrayList<>();
    /** Requests whose client hung up before an answer (a cancelled run). */
    final List<RunRequest> abandoned = new CopyOnWriteArrayList<>();
    volatile Function<RunRequest, RunResult> script = request -> ran(request, "");
    /** When set, a streamed run sends its first test at once and each further line only for a permit. */
    volatile java.util.concurrent.Semaphore gate;

    ScriptedNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-node");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/api/v1/info", exchange -> send(exchange, new NodeInfo(NODE_ID, "test",
                NodeInfo.PROTOCOL_VERSION, 2, 0, 0, 8, LANGUAGES.stream().map(LanguageInfo::id).toList(),
                new LimitsInfo(null, null))));
        server.createContext("/api/v1/languages", exchange -> send(exchange, LANGUAGES));
        server.createContext("/api/v1/runs", this::run);
        server.createContext("/api/v1/runs/stream", this::stream);
        server.start();
    }

    /** A node list naming this node, written into {@code dir}. */
    Path nodeList(Path dir) throws IOException {
        Path file = dir.resolve("nodes.json");
        Files.writeString(file, "{\"nodes\": [{\"name\": \"" + NODE_ID + "\", \"url\": \"http://127.0.0.1:"
                + server.getAddress().getPort() + "\"}]}");
        return file;
    }

    private void run(HttpExchange exchange) throws IOException {
        RunRequest request = Json.read(mapper, exchange.getRequestBody().readAllBytes(), RunRequest.class);
        requests.add(request);
        RunResult result = script.apply(request);
        if (result == HANG) {
            hang(exchange, request);
            return;
        }
        send(exchange, result);
    }

    /** Holds the request open until the client hangs up (then records it as abandoned) or the node closes. */
    private void hang(HttpExchange exchange, RunRequest request) {
        try (exchange) {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            while (closed.getCount() > 0) {
                // White space keeps the connection busy, so the client's hanging up shows as a failed write.
                body.write(' ');
                body.flush();
                Thread.sleep(50);
            }
        } catch (IOException e) {
            abandoned.add(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code /api/v1/runs/stream}: the script's result as a node streams it, a line per test, then the result. */
    private void stream(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        RunRequest request = Json.read(mapper, body, RunRequest.class);
        requests.add(request);
        RunResult result = script.apply(request);
        if (result == HANG) {
            hang(exchange, request);
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", RunEvent.MEDIA_TYPE);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < result.tests().size(); i++) {
                if (i > 0 && gate != null) {
                    gate.acquireUninterruptibly();
                }
                line(out, RunEvent.of(result.tests().get(i)));
            }
            if (gate != null && !result.tests().isEmpty()) {
                gate.acquireUninterruptibly();
            }
            line(out, RunEvent.of(result));
        } catch (IOException e) {
            abandoned.add(request);
        }
    }

    private void line(OutputStream out, RunEvent event) throws IOException {
        out.write((Json.write(mapper, event) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void send(HttpExchange exchange, Object value) throws IOException {
        try (exchange) {
            byte[] bytes = Json.write(mapper, value).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    /** A result where every test gets the verdict {@code perTest} says, echoing expected output when accepted. */
    static RunResult judged(RunRequest request, Function<TestCase, TestResult> perTest) {
        List<TestResult> tests = request.tests().stream().map(perTest).toList();
        Verdict overall = Verdict.overall(tests.stream().map(TestResult::verdict).toList());
        return new RunResult("r1", NODE_ID, request.language(), overall,
                new CompileResult(0, "", "", 10, 12, false, Verdict.OK), tests, request.limits(), 0, 42);
    }

    static TestResult accepted(TestCase test) {
        return new TestResult(test.name(), Verdict.ACCEPTED, 0, null, test.expected(), "", 12, 15, 9100, false, null);
    }

    /** A wrong answer whose checker message quotes the expected output, as the node's checker does. */
    static TestResult wrong(TestCase test, String output) {
        return new TestResult(test.name(), Verdict.WRONG_ANSWER, 0, null, output, "", 12, 15, 9100, false,
                "line 1: expected \"" + test.expected().strip() + "\", got \"" + output.strip() + "\"");
    }

    static RunResult compileError(RunRequest request, String stderr) {
        return new RunResult("r2", NODE_ID, request.language(), Verdict.COMPILATION_ERROR,
                new CompileResult(1, "", stderr, 300, 320, false, Verdict.COMPILATION_ERROR), List.of(),
                request.limits(), 0, 330);
    }

    static RunResult ran(RunRequest request, String stdout) {
        TestResult run = new TestResult("run", Verdict.OK, 0, null, stdout, "", 7, 9, 8200, false, null);
        return new RunResult("r3", NODE_ID, request.language(), Verdict.OK, null, List.of(run), request.limits(), 0, 20);
    }
}
