package org.labjudge.node.api.piston;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.labjudge.node.api.BodyReader;
import org.labjudge.node.api.ClientWatcher;
import org.labjudge.node.api.FrontEnd;
import org.labjudge.node.api.RunClients;
import org.labjudge.node.judge.Cancellation;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.ProtocolException;
import org.labjudge.protocol.RunResult;

/**
 * Piston's v2 API (engineer-man/piston, docs/api-v2.md) over the node's run service:
 * {@code GET /api/v2/runtimes} and {@code POST /api/v2/execute}. Errors are {@code {"message": ...}}
 * with Piston's status codes; a node with no room answers 429 or 503 with {@code Retry-After},
 * as the node's own API does. Bodies are read as JSON whatever their declared type: the
 * {@code piston-client} package sends them as {@code text/plain}.
 */
public final class PistonApi implements FrontEnd {
    /** The {@code frontend} label of its runs in the node's metrics. */
    public static final String FRONTEND = "piston";
    public static final String RUNTIMES = "/api/v2/runtimes";
    public static final String EXECUTE = "/api/v2/execute";

    private final RunService service;
    private final NodeMetrics metrics;
    private final PistonRuntimes runtimes;
    private final ObjectMapper mapper = Json.newMapper();
    private final PistonRequests requests;

    public PistonApi(RunService service, NodeMetrics metrics, PistonRuntimes runtimes) {
        this.service = service;
        this.metrics = metrics;
        this.runtimes = runtimes;
        this.requests = new PistonRequests(mapper, runtimes);
    }

    @Override
    public String name() {
        return FRONTEND;
    }

    @Override
    public String pathPrefix() {
        return "/api/v2/";
    }

    @Override
    public String tokenHeader() {
        return null; // Authorization: Bearer, as for the node's own API
    }

    @Override
    public void refuse(Context ctx, boolean missing) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"labjudge\"");
        write(ctx, 401, message(missing ? "missing bearer token: send Authorization: Bearer <token>"
                : "the bearer token is not accepted by this node"));
    }

    @Override
    public void addRoutes(JavalinDefaultRoutingApi routes, BodyReader bodies, ClientWatcher watcher) {
        routes.get(RUNTIMES, ctx -> write(ctx, 200, runtimes()));
        routes.post(EXECUTE, ctx -> {
            byte[] body = bodies.read(ctx);
            watcher.whileConnected(ctx, FRONTEND, cancellation -> {
                answer(ctx, () -> execute(body, RunClients.of(ctx), cancellation));
                return Boolean.TRUE;
            });
        });
    }

    private List<Map<String, Object>> runtimes() {
        Map<String, LanguageInfo> node = service.languagesById();
        return runtimes.all().stream().filter(r -> node.containsKey(r.nodeId())).map(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("language", r.language());
            entry.put("version", node.get(r.nodeId()).version());
            entry.put("aliases", r.aliases());
            if (r.runtime() != null) {
                entry.put("runtime", r.runtime());
            }
            return entry;
        }).toList();
    }

    private PistonAnswer execute(byte[] body, String client, Cancellation cancellation) {
        PistonRequests.Translated translated = requests.translate(body, service.languagesById(), service.limits().max());
        RunResult result;
        try {
            result = service.run(translated.request(), RunOptions.of(FRONTEND).withClient(client)
                    .cancelledBy(cancellation));
        } catch (InvalidRunException | ProtocolException e) {
            throw new PistonError(400, e.getMessage());
        } catch (RunRejectedException e) {
            metrics.recordRejected(FRONTEND, e.reason());
            int status = e.reason() == RunRejectedException.Reason.QUEUE_FULL ? 429 : 503;
            throw new PistonError(status, e.getMessage(), e.retryAfterSeconds());
        }
        return PistonResults.of(result, translated.runtime().language(), translated.language().version(),
                translated.language().compiled());
    }

    private void answer(Context ctx, Supplier<Object> handler) {
        try {
            write(ctx, 200, handler.get());
        } catch (PistonError e) {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            write(ctx, e.status(), message(e.getMessage()));
        }
    }

    private static Map<String, String> message(String text) {
        return Map.of("message", text);
    }

    private void write(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(Json.write(mapper, value).getBytes(StandardCharsets.UTF_8));
    }
}
