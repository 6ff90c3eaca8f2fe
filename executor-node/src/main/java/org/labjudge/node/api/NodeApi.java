package org.labjudge.node.api;

import static org.labjudge.protocol.ApiPaths.BLOB;
import static org.labjudge.protocol.ApiPaths.BLOBS;
import static org.labjudge.protocol.ApiPaths.BLOBS_MISSING;
import static org.labjudge.protocol.ApiPaths.CONSOLE;
import static org.labjudge.protocol.ApiPaths.HEALTH;
import static org.labjudge.protocol.ApiPaths.INFO;
import static org.labjudge.protocol.ApiPaths.LANGUAGES;
import static org.labjudge.protocol.ApiPaths.METRICS;
import static org.labjudge.protocol.ApiPaths.RUNS;
import static org.labjudge.protocol.ApiPaths.RUNS_STREAM;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.labjudge.node.blob.BlobStore;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProblemDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP front-end (wire protocol v1) over a {@link RunService}: routes, bearer auth,
 * body caps and RFC 9457 errors. Anything a client sends is answered with a 4xx problem; only a
 * fault of the node itself is a 500, logged here.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #stop()} once; an instance is not restartable.
 */
public final class NodeApi {
    private static final Logger LOG = LoggerFactory.getLogger(NodeApi.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"labjudge\"";
    /**
     * How long the node waits for a client's bytes (a slow or stalled client). Jetty 12 does not
     * apply it while a handler works, so a long run is not cut off by it.
     */
    private static final long IDLE_TIMEOUT_MS = 30_000L;
    /** How long a stop waits for ended console sessions' sockets to close, so each end reaches its client. */
    private static final java.time.Duration CONSOLE_END_WAIT = java.time.Duration.ofSeconds(5);

    private final ApiConfig config;
    private final NodeMetrics metrics;
    private final BearerAuth auth;
    private final RequestBodies bodies;
    private final JsonResponses responses;
    private final NodeEndpoints endpoints;
    private final BlobEndpoints blobEndpoints;
    private final ConsoleEndpoint console;
    private final List<FrontEnd> frontEnds;
    private final GracefulHandler graceful = new GracefulHandler();
    private final ClientWatcher watcher;
    private Javalin app;
    private boolean used;
    private boolean stopped;

    public NodeApi(ApiConfig config, RunService service, NodeMetrics metrics) {
        this(config, service, metrics, List.of());
    }

    /** The v1 API plus other front-ends (Jobe, Piston) on the same server, auth and body cap. */
    public NodeApi(ApiConfig config, RunService service, NodeMetrics metrics, List<FrontEnd> frontEnds) {
        this(config, service, metrics, frontEnds, null);
    }

    /**
     * {@link #NodeApi(ApiConfig, RunService, NodeMetrics, List)} with the blob store's paths ({@code /api/v1/blobs...})
     * over {@code blobs} ({@code null}: none, as on the gateway), under the same auth, body cap and errors.
     */
    public NodeApi(ApiConfig config, RunService service, NodeMetrics metrics, List<FrontEnd> frontEnds,
                   BlobStore blobs) {
        this.frontEnds = List.copyOf(frontEnds);
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(service, "service");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        ObjectMapper mapper = Json.newMapper();
        this.auth = new BearerAuth(config.tokens());
        this.bodies = new RequestBodies(config.maxBodyBytes());
        this.responses = new JsonResponses(mapper);
        this.watcher = new ClientWatcher(metrics);
        this.endpoints = new NodeEndpoints(config, service, metrics, mapper, responses, bodies, blobs, watcher);
        this.blobEndpoints = blobs == null ? null : new BlobEndpoints(blobs, mapper, responses, bodies);
        this.console = new ConsoleEndpoint(service, metrics, mapper, config.maxBodyBytes());
    }

    /**
     * Binds to the configured address and port and starts answering.
     *
     * @return the port bound (the ephemeral one when the configured port is 0)
     * @throws IllegalStateException when called a second time (even after a failed start)
     * @throws io.javalin.util.JavalinBindException when the address cannot be bound
     */
    public synchronized int start() {
        if (used) {
            throw new IllegalStateException("NodeApi is started once");
        }
        used = true;
        Javalin created = Javalin.create(this::configure);
        created.start(); // on failure Javalin has already stopped its server
        app = created;
        LOG.info("executor-node API listening on {}:{} (auth {})", config.bind(), app.port(),
                auth.enabled() ? "on" : "off");
        return app.port();
    }

    /** The port bound, once started. */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("NodeApi is not started");
        }
        return app.port();
    }

    /**
     * Stops accepting connections, lets requests in progress finish for up to
     * {@link ApiConfig#drainSeconds()} (new requests on open connections get 503), then stops.
     * Does nothing when not started or already stopped.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (app == null) {
            watcher.close();
            return;
        }
        console.awaitStartedSocketsClosed(CONSOLE_END_WAIT);
        CompletableFuture<Void> drained = graceful.shutdown();
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof NetworkConnector network) {
                network.close();
            }
        }
        await(drained);
        app.stop();
        watcher.close();
        LOG.info("executor-node API stopped");
    }

    /**
     * Waits for the requests in progress. Done here rather than by Jetty's stop timeout, which
     * would also wait for idle keep-alive connections to go away.
     */
    private void await(CompletableFuture<Void> drained) {
        try {
            drained.get(config.drainSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("requests still running after {} s of draining; stopping anyway", config.drainSeconds());
        } catch (ExecutionException e) {
            LOG.warn("draining requests failed; stopping anyway", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void configure(JavalinConfig javalin) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.http.prefer405over404 = true;
        javalin.http.maxRequestSize = config.maxBodyBytes();
        javalin.jetty.addConnector((server, httpConfig) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
            connector.setHost(config.bind());
            connector.setPort(config.port());
            connector.setIdleTimeout(IDLE_TIMEOUT_MS);
            return connector;
        });
        javalin.jetty.modifyServer(server -> {
            server.setHandler(graceful);
            server.setStopTimeout(0);
            server.setErrorHandler(new ProblemErrorHandler(responses));
        });
        javalin.requestLogger.http((ctx, ms) -> metrics.recordHttp(ctx.statusCode(), ctx.req().getContentLengthLong()));

        javalin.routes.before(this::gate);
        javalin.routes.get(HEALTH, endpoints::health);
        javalin.routes.get(INFO, endpoints::info);
        javalin.routes.get(LANGUAGES, endpoints::languages);
        javalin.routes.post(RUNS, endpoints::runs);
        javalin.routes.post(RUNS_STREAM, endpoints::runsStreamed);
        javalin.routes.get(METRICS, endpoints::metrics);
        if (blobEndpoints != null) {
            javalin.routes.get(BLOBS, blobEndpoints::info);
            javalin.routes.post(BLOBS_MISSING, blobEndpoints::missing);
            javalin.routes.put(BLOB, blobEndpoints::put);
            javalin.routes.head(BLOB, blobEndpoints::head);
        }
        javalin.routes.wsBeforeUpgrade(CONSOLE, ctx -> {
            try {
                gate(ctx);
                console.refuseUnlessAccepting();
            } catch (ApiProblem refused) {
                responses.problemSentNow(ctx, refused);
                throw refused; // no upgrade
            }
        });
        javalin.routes.ws(CONSOLE, console::configure);
        frontEnds.forEach(frontEnd -> frontEnd.addRoutes(javalin.routes, bodies, watcher));

        javalin.routes.exception(ApiProblem.class, (e, ctx) -> responses.problem(ctx, e));
        javalin.routes.exception(HttpResponseException.class, this::frameworkProblem);
        javalin.routes.exception(Exception.class, this::unexpected);
    }

    /** Runs before routing: auth on everything but health, then the declared body size. */
    private void gate(Context ctx) {
        FrontEnd frontEnd = frontEndOf(ctx.path());
        if (frontEnd != null) {
            BearerAuth.Outcome outcome = frontEnd.tokenHeader() == null
                    ? auth.check(ctx.header("Authorization"))
                    : auth.checkToken(ctx.header(frontEnd.tokenHeader()));
            if (outcome != BearerAuth.Outcome.ACCEPTED) {
                frontEnd.refuse(ctx, outcome == BearerAuth.Outcome.MISSING);
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.attribute(RunClients.ATTRIBUTE, frontEnd.tokenHeader() == null
                    ? auth.clientOfHeader(ctx.header("Authorization"))
                    : auth.client(ctx.header(frontEnd.tokenHeader())));
        } else if (!isHealth(ctx.path())) {
            switch (auth.check(ctx.header("Authorization"))) {
                case MISSING -> throw ApiProblem.unauthorized(
                        "missing bearer token: send Authorization: Bearer <token>", BEARER_CHALLENGE);
                case WRONG -> throw ApiProblem.unauthorized("the bearer token is not accepted by this node",
                        BEARER_CHALLENGE + ", error=\"invalid_token\"");
                case ACCEPTED -> ctx.attribute(RunClients.ATTRIBUTE, auth.clientOfHeader(ctx.header("Authorization")));
            }
        }
        bodies.refuseDeclaredOverCap(ctx);
    }

    private FrontEnd frontEndOf(String path) {
        for (FrontEnd frontEnd : frontEnds) {
            if (path.startsWith(frontEnd.pathPrefix())) {
                return frontEnd;
            }
        }
        return null;
    }

    private static boolean isHealth(String path) {
        return HEALTH.equals(path) || (HEALTH + "/").equals(path);
    }

    /** Javalin's own refusals (no route, wrong method, body over its limit) as problems. */
    private void frameworkProblem(HttpResponseException e, Context ctx) {
        int status = e.getStatus() >= 400 && e.getStatus() <= 599 ? e.getStatus() : HttpStatus.BAD_REQUEST_400;
        String detail;
        if (e instanceof NotFoundResponse) {
            detail = "no such endpoint: " + ctx.method() + " " + ctx.path();
        } else if (e instanceof MethodNotAllowedResponse) {
            // Javalin lists the methods routed on this path as the one value of its details.
            String allowed = String.join(", ", e.getDetails().values());
            if (!allowed.isEmpty()) {
                ctx.header("Allow", allowed);
            }
            detail = ctx.method() + " is not allowed on " + ctx.path()
                    + (allowed.isEmpty() ? "" : "; allowed: " + allowed);
        } else if (status == HttpStatus.PAYLOAD_TOO_LARGE_413) {
            responses.problem(ctx, ApiProblem.tooLarge(config.maxBodyBytes()));
            return;
        } else {
            detail = e.getMessage() == null ? HttpStatus.getMessage(status) : e.getMessage();
        }
        responses.problem(ctx, ProblemDetail.of(status, HttpStatus.getMessage(status), detail));
    }

    /** A fault of the node: logged with its stack trace, answered with a detail that reveals nothing. */
    private void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected error answering {} {}", ctx.method(), ctx.path(), e);
        responses.problem(ctx, ProblemDetail.of(HttpStatus.INTERNAL_SERVER_ERROR_500,
                HttpStatus.getMessage(HttpStatus.INTERNAL_SERVER_ERROR_500),
                "the node failed to answer this request; the error is in the node's log"));
    }
}
