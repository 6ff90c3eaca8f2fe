package org.labjudge.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpStatus;
import org.labjudge.node.blob.BlobStore;
import org.labjudge.node.blob.MissingBlobsException;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.NodeInfo;
import org.labjudge.protocol.ProtocolException;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunEvent;
import org.labjudge.protocol.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers of wire protocol v1: each turns one request into a call on the {@link RunService}
 * and its answer (or refusal) into JSON. Routing, auth and error rendering are {@link NodeApi}'s.
 */
final class NodeEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(NodeEndpoints.class);
    /** How long a client should wait before asking an unhealthy node again. */
    private static final int HEALTH_RETRY_AFTER_SECONDS = 5;

    private final ApiConfig config;
    private final RunService service;
    private final NodeMetrics metrics;
    private final ObjectMapper mapper;
    private final JsonResponses responses;
    private final RequestBodies bodies;
    /** The node's blob store, shown in the metrics; {@code null} on a server without one (the gateway). */
    private final BlobStore blobs;
    /** Cancels the runs whose clients go away. */
    private final ClientWatcher watcher;

    NodeEndpoints(ApiConfig config, RunService service, NodeMetrics metrics, ObjectMapper mapper,
                  JsonResponses responses, RequestBodies bodies, BlobStore blobs, ClientWatcher watcher) {
        this.blobs = blobs;
        this.watcher = watcher;
        this.config = config;
        this.service = service;
        this.metrics = metrics;
        this.mapper = mapper;
        this.responses = responses;
        this.bodies = bodies;
    }

    /** {@code GET /api/v1/health}: 200 UP, or 503 DOWN with a detail; a failing check counts as DOWN. */
    void health(Context ctx) {
        Health health = currentHealth();
        if (health.isUp()) {
            responses.json(ctx, HttpStatus.OK_200, Health.up());
        } else {
            ctx.header("Retry-After", String.valueOf(HEALTH_RETRY_AFTER_SECONDS));
            responses.json(ctx, HttpStatus.SERVICE_UNAVAILABLE_503, health);
        }
    }

    /** {@code GET /api/v1/info}: identity, load, languages and limits, polled by clients to balance. */
    void info(Context ctx) {
        NodeLoad load = service.load();
        List<String> languages = service.languages().stream().map(LanguageInfo::id).toList();
        NodeInfo info = new NodeInfo(config.nodeId(), config.version(), NodeInfo.PROTOCOL_VERSION, load.slots(),
                load.busy(), load.queued(), load.maxQueue(), languages, service.limits(), load.maxWaitSeconds());
        responses.json(ctx, HttpStatus.OK_200, info);
    }

    /** {@code GET /api/v1/languages}. */
    void languages(Context ctx) {
        responses.json(ctx, HttpStatus.OK_200, service.languages());
    }

    /** {@code POST /api/v1/runs}: reads a {@link RunRequest}, runs it on this thread, answers the result. */
    void runs(Context ctx) {
        RunRequest request = readRunRequest(ctx);
        RunResult result = watched(ctx, RunOptions.V1.withClient(RunClients.of(ctx)), options -> run(request, options));
        if (result != null) {
            responses.json(ctx, HttpStatus.OK_200, result);
        }
    }

    /**
     * {@code POST /api/v1/runs/stream}: the same run, answered line by line as it is judged (a {@link RunEvent}
     * per test, then the result). A request refused before judging starts gets the usual problem answer.
     */
    void runsStreamed(Context ctx) {
        RunRequest request = readRunRequest(ctx);
        StreamedAnswer answer = new StreamedAnswer(ctx, responses);
        RunOptions options = RunOptions.V1.withClient(RunClients.of(ctx)).streamingTo(test -> answer.send(RunEvent.of(test)));
        RunResult result = watched(ctx, options, watchedOptions -> run(request, watchedOptions));
        if (result != null) {
            answer.send(RunEvent.of(result));
        }
    }

    /** {@code run} while the client stays connected ({@link ClientWatcher}); {@code null} when it went away. */
    private RunResult watched(Context ctx, RunOptions options, Function<RunOptions, RunResult> run) {
        return watcher.whileConnected(ctx, options.frontend(), cancellation -> run.apply(options.cancelledBy(cancellation)))
                .orElse(null);
    }

    private RunRequest readRunRequest(Context ctx) {
        bodies.checkJsonContentType(ctx.req().getContentType());
        byte[] body = bodies.read(ctx);
        if (body.length == 0) {
            throw ApiProblem.badRequest("the request body is empty: send a RunRequest as JSON");
        }
        RunRequest request;
        try {
            request = Json.read(mapper, body, RunRequest.class);
        } catch (ProtocolException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw ApiProblem.badRequest(String.join("; ", problems));
        }
        return request;
    }

    private RunResult run(RunRequest request, RunOptions options) {
        try {
            return service.run(request, options);
        } catch (InvalidRunException | ProtocolException e) {
            throw ApiProblem.badRequest(e.getMessage());
        } catch (MissingBlobsException e) {
            throw ApiProblem.missingBlobs(e.missing(), e.getMessage());
        } catch (RunRejectedException e) {
            metrics.recordRejected(options.frontend(), e.reason());
            throw ApiProblem.refused(e);
        }
    }

    /** {@code GET /metrics}: Prometheus text format 0.0.4. */
    void metrics(Context ctx) {
        String text = metrics.render(service.load(), currentHealth(), blobs == null ? null : blobs.stats());
        ctx.status(HttpStatus.OK_200).contentType(NodeMetrics.CONTENT_TYPE)
                .result(text.getBytes(StandardCharsets.UTF_8));
    }

    private Health currentHealth() {
        try {
            Health health = service.health();
            return health != null ? health : Health.down("the node did not report its health");
        } catch (RuntimeException e) {
            LOG.warn("health check failed", e);
            return Health.down("health check failed: " + e.getClass().getSimpleName());
        }
    }
}
