package org.labjudge.app.pool;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.labjudge.protocol.ApiPaths;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.NodeInfo;
import org.labjudge.protocol.ProblemDetail;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunEvent;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;
import org.labjudge.protocol.TestResult;

/**
 * The calls the pool makes to a node over wire protocol v1: {@code GET /api/v1/info} (polled),
 * {@code GET /api/v1/languages} (when the info's language ids change) and {@code POST /api/v1/runs}, each with
 * the node's bearer token. Turns HTTP outcomes into {@link Attempt}s so
 * the failover rules live in one place ({@link RunDispatcher}).
 */
final class NodeHttp {

    static final MediaType JSON = MediaType.get("application/json");
    /** Used when a 429/503 answer gives no usable {@code Retry-After}. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final OkHttpClient client;
    private final ObjectMapper mapper = Json.newMapper();
    private final NodeBlobs blobStores;

    NodeHttp(OkHttpClient client) {
        this.client = client;
        this.blobStores = new NodeBlobs(client);
    }

    /** The nodes' blob stores as this pool talks to them: one upload to a node at a time. */
    NodeBlobs blobStores() {
        return blobStores;
    }

    /** Outcome of one info poll: the info and its round trip, or why it failed. */
    record InfoAnswer(NodeInfo info, long roundTripNanos, String error) {
    }

    /** Polls {@code /api/v1/info} asynchronously; {@code done} runs on an OkHttp thread. */
    void pollInfo(NodeEntry node, Duration timeout, Consumer<InfoAnswer> done) {
        Request request = authorized(node, new Request.Builder().url(node.endpoint(ApiPaths.INFO)).get());
        Call call = client.newCall(request);
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                done.accept(new InfoAnswer(null, 0, Failures.describe(e)));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    byte[] body = response.body().bytes();
                    long rtt = System.nanoTime() - start;
                    if (!response.isSuccessful()) {
                        done.accept(new InfoAnswer(null, rtt, "HTTP " + response.code() + detail(body)));
                        return;
                    }
                    NodeInfo info = Json.read(mapper, body, NodeInfo.class);
                    if (info.protocol() != NodeInfo.PROTOCOL_VERSION) {
                        done.accept(new InfoAnswer(null, rtt, "speaks protocol " + info.protocol()
                                + ", this client speaks " + NodeInfo.PROTOCOL_VERSION));
                        return;
                    }
                    done.accept(new InfoAnswer(info, rtt, null));
                } catch (IOException | RuntimeException e) {
                    done.accept(new InfoAnswer(null, 0, "bad info answer: " + Failures.describe(e)));
                }
            }
        });
    }

    /** Fetches {@code /api/v1/languages} asynchronously; {@code done} gets the list, or {@code null} on any failure. */
    void fetchLanguages(NodeEntry node, Duration timeout, Consumer<List<LanguageInfo>> done) {
        Request request = authorized(node, new Request.Builder().url(node.endpoint("/api/v1/languages")).get());
        Call call = client.newCall(request);
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                done.accept(null);
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    byte[] body = response.body().bytes();
                    done.accept(response.isSuccessful() ? List.of(Json.read(mapper, body, LanguageInfo[].class)) : null);
                } catch (IOException | RuntimeException e) {
                    done.accept(null);
                }
            }
        });
    }

    /** Wire protocol v1's {@code POST /api/v1/runs} of {@code request}, with the node's bearer token. */
    NodeCall<RunResult> v1Run(RunRequest request) {
        return new V1Call(request, ApiPaths.RUNS, Map.of());
    }

    /**
     * {@link #v1Run} of a request that references {@code blobs} by hash: on the node chosen, the blobs it lacks are
     * uploaded first ({@link NodeBlobs#upload}), then the request is sent.
     */
    NodeCall<RunResult> v1Run(RunRequest request, Map<String, byte[]> blobs) {
        return new V1Call(request, ApiPaths.RUNS, blobs);
    }

    /**
     * {@link #v1Run}, streamed: {@code POST /api/v1/runs/stream}, each test's result to {@code onTest} as the node
     * judges it; a node without that endpoint (404) is asked again for the plain run.
     */
    NodeCall<RunResult> v1StreamedRun(RunRequest request, Consumer<TestResult> onTest) {
        return v1StreamedRun(request, onTest, Map.of());
    }

    /** {@link #v1StreamedRun(RunRequest, Consumer)} of a request whose {@code blobs} are uploaded first where missing. */
    NodeCall<RunResult> v1StreamedRun(RunRequest request, Consumer<TestResult> onTest, Map<String, byte[]> blobs) {
        NodeCall<RunResult> plain = v1Run(request, blobs);
        return new V1Call(request, ApiPaths.RUNS_STREAM, blobs) {
            @Override
            public Attempt<RunResult> read(Response response) throws IOException {
                if (response.code() == 200 && response.header("Content-Type", "").startsWith(RunEvent.MEDIA_TYPE)) {
                    return readStream(response, onTest);
                }
                if (response.code() == 404) {
                    return new Attempt.NoStream<>();
                }
                return super.read(response); // a refusal before the run is an ordinary v1 answer
            }

            @Override
            public NodeCall<RunResult> fallback() {
                return plain;
            }
        };
    }

    /** A v1 run posted to {@code path}, its answer read as v1's. */
    private class V1Call implements NodeCall<RunResult> {
        private final RunRequest run;
        private final String path;
        private final Map<String, byte[]> blobs;

        V1Call(RunRequest run, String path, Map<String, byte[]> blobs) {
            this.run = run;
            this.path = path;
            this.blobs = blobs;
        }

        @Override
        public String language() {
            return run.language();
        }

        @Override
        public Request request(OkHttpClient client, String base, String token) throws IOException {
            RunRequest sent = run;
            if (!blobs.isEmpty()) {
                try {
                    blobStores.upload(base, token, blobs);
                } catch (NodeBlobs.NoStoreException e) {
                    // A node from before the blob store gets the data inline, as it always did.
                    HashedRequest hashed = new HashedRequest(run, blobs);
                    if (!hashed.holdsAll()) {
                        throw e;
                    }
                    sent = hashed.inline();
                }
            }
            RequestBody body = RequestBody.create(Json.write(mapper, sent), JSON);
            return bearer(token, new Request.Builder().url(base + path).post(body));
        }

        @Override
        public Attempt<RunResult> read(int status, Headers headers, byte[] body) {
            return readV1(status, headers, body);
        }
    }

    private Attempt<RunResult> readV1(int status, Headers headers, byte[] body) {
        if (status == 200) {
            try {
                RunResult result = Json.read(mapper, body, RunResult.class);
                return new Attempt.Done<>(result, result.verdict() == Verdict.INTERNAL_ERROR);
            } catch (RuntimeException e) {
                return new Attempt.Failed<>("sent a result this client cannot read: " + e.getMessage());
            }
        }
        if (status == 429 || status == 503) {
            String reason = refusalReason(status, body);
            return Attempt.busy(status, headers.get("Retry-After"), reason, refusal(reason) + detail(body));
        }
        if (status == 409) {
            Optional<ProblemDetail> problem = problem(body).filter(ProblemDetail::aboutMissingBlobs);
            if (problem.isPresent()) {
                return new Attempt.Lacks<>(problem.get().missingBlobs(), problem.get().detail());
            }
        }
        if (status == 400 || status == 413 || status == 422) {
            String detail = problemDetail(body);
            return new Attempt.Refused<>(status, detail != null ? detail : "HTTP " + status);
        }
        if (status == 401 || status == 403) {
            return new Attempt.Failed<>("refused this client's token (HTTP " + status + ")");
        }
        return new Attempt.Failed<>("answered HTTP " + status + detail(body));
    }

    /**
     * Sends {@code how}'s request to {@code node} within {@code timeout} and reads the answer; the call in flight
     * is {@code handle}'s, so cancelling the run cancels it.
     */
    <T> Attempt<T> execute(NodeEntry node, NodeCall<T> how, Duration timeout, RunHandle handle) {
        Request request;
        try {
            request = how.request(client, node.endpoint(""), node.token());
        } catch (IOException e) {
            return new Attempt.Failed<>("could not be prepared for the run (" + Failures.describe(e) + ")");
        }
        Call call = client.newCall(request);
        call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        handle.setCall(call);
        try (Response response = call.execute()) {
            return how.read(response);
        } catch (IOException e) {
            // A call timeout cancels the call too, so both end up here.
            if (call.isCanceled()) {
                return new Attempt.Stopped<>();
            }
            return new Attempt.Failed<>(Failures.beforeSending(e) ? Failures.describe(e)
                    : "connection lost during the run (" + Failures.describe(e) + ")");
        }
    }

    /** Reads a streamed run's lines: each test goes to {@code onTest}; the last line is the result. */
    private Attempt<RunResult> readStream(Response response, Consumer<TestResult> onTest) throws IOException {
        okio.BufferedSource lines = response.body().source();
        String line;
        while ((line = lines.readUtf8Line()) != null) {
            if (line.isBlank()) {
                continue;
            }
            RunEvent event;
            try {
                event = Json.read(mapper, line, RunEvent.class);
            } catch (RuntimeException e) {
                return new Attempt.Failed<>("sent a result this client cannot read: " + e.getMessage());
            }
            if (event.hasResult()) {
                return new Attempt.Done<>(event.result(), event.result().verdict() == Verdict.INTERNAL_ERROR);
            }
            onTest.accept(event.test());
        }
        return new Attempt.Failed<>("connection lost during the run (the stream ended before the result)");
    }

    private Request authorized(NodeEntry node, Request.Builder builder) {
        return bearer(node.token(), builder);
    }

    static Request bearer(String token, Request.Builder builder) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /** Seconds (the form nodes send); an HTTP date or garbage falls back to the default. */
    static Duration retryAfter(String header) {
        if (header != null) {
            try {
                long seconds = Long.parseLong(header.strip());
                if (seconds >= 0) {
                    Duration value = Duration.ofSeconds(seconds);
                    return value.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : value;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return DEFAULT_RETRY_AFTER;
    }

    /** A 429's or 503's {@code reason}: the problem's; an older node's 429 names none and is a full queue. */
    private String refusalReason(int status, byte[] body) {
        String reason = problem(body).map(ProblemDetail::reason).orElse(null);
        return reason == null && status == 429 ? ProblemDetail.REASON_QUEUE_FULL : reason;
    }

    /**
     * What a 429 or 503 says of the node, by its {@code reason}: full (a 429's queue), busy (its admission's
     * refusal: the run would wait too long), unavailable (its engine is down or it is stopping); a node from
     * before {@code reason} names neither.
     */
    private static String refusal(String reason) {
        if (reason == null) {
            return "busy or unavailable";
        }
        return switch (reason) {
            case ProblemDetail.REASON_QUEUE_FULL -> "full";
            case ProblemDetail.REASON_EXPECTED_WAIT -> "busy";
            case ProblemDetail.REASON_ENGINE_UNAVAILABLE -> "unavailable (its engine does not answer)";
            case ProblemDetail.REASON_SHUTTING_DOWN -> "unavailable (stopping)";
            default -> "unavailable (" + reason + ")";
        };
    }

    private String detail(byte[] body) {
        String detail = problemDetail(body);
        return detail == null ? "" : ": " + detail;
    }

    private String problemDetail(byte[] body) {
        return problem(body).map(p -> p.detail() != null && !p.detail().isBlank() ? p.detail() : p.title())
                .orElse(null);
    }

    private Optional<ProblemDetail> problem(byte[] body) {
        try {
            return Optional.of(Json.read(mapper, body, ProblemDetail.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
