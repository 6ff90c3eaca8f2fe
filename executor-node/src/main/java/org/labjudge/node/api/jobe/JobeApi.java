package org.labjudge.node.api.jobe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.labjudge.node.api.BodyReader;
import org.labjudge.node.api.ClientWatcher;
import org.labjudge.node.api.FrontEnd;
import org.labjudge.node.api.JsonObjects;
import org.labjudge.node.api.RunClients;
import org.labjudge.node.judge.Cancellation;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.ProtocolException;

/**
 * Jobe's REST API (trampgeek/jobe, restapi.pdf) over the node's run service, as Moodle's
 * CodeRunner calls it: {@code POST runs} (answered at once, never queued for polling),
 * {@code GET languages}, {@code PUT} and {@code HEAD files/{id}}. Errors are JSON strings with
 * Jobe's status codes and wording; a node with no room answers outcome 21, as Jobe does.
 */
public final class JobeApi implements FrontEnd {
    /** The {@code frontend} label of its runs in the node's metrics. */
    public static final String FRONTEND = "jobe";
    public static final String BASE = "/jobe/index.php/restapi";
    public static final String RUNS = BASE + "/runs";
    public static final String LANGUAGES = BASE + "/languages";
    public static final String FILES = BASE + "/files/{id}";
    public static final String API_KEY_HEADER = "X-API-KEY";
    /**
     * Jobe's test hook (its LanguageTask): a run of exactly this source answers outcome 21 without
     * running, so a client can check how it shows an overloaded server.
     */
    static final String OVERLOAD_TEST_SOURCE = "!** TESTING OVERLOAD EXCEPTION **!";
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9]+");

    private final RunService service;
    private final NodeMetrics metrics;
    private final JobeLanguages languages;
    private final JobeFileCache files;
    private final JobeRunner runner;
    private final ObjectMapper mapper = Json.newMapper();

    /** Jobe's API of a node: runs go to its own run service. */
    public JobeApi(RunService service, NodeMetrics metrics, JobeLanguages languages, JobeFileCache files) {
        this(service, metrics, languages, files, new ServiceJobeRunner(service, new JobeTranslator(files)));
    }

    /**
     * Jobe's API whose checked runs go to {@code runner} (the gateway's forwards them to a node of the pool);
     * {@code service} still answers the languages and limits.
     */
    public JobeApi(RunService service, NodeMetrics metrics, JobeLanguages languages, JobeFileCache files,
                   JobeRunner runner) {
        this.service = service;
        this.metrics = metrics;
        this.languages = languages;
        this.files = files;
        this.runner = runner;
    }

    @Override
    public String name() {
        return FRONTEND;
    }

    @Override
    public String pathPrefix() {
        return "/jobe/";
    }

    @Override
    public String tokenHeader() {
        return API_KEY_HEADER;
    }

    /** Jobe's own answers to a missing or unknown API key. */
    @Override
    public void refuse(Context ctx, boolean missing) {
        ctx.status(403).contentType("text/plain; charset=utf-8").result(missing ? "Missing API key" : "Unknown API key");
    }

    @Override
    public void addRoutes(JavalinDefaultRoutingApi routes, BodyReader bodies, ClientWatcher watcher) {
        routes.post(RUNS, ctx -> {
            byte[] body = bodies.read(ctx);
            watcher.whileConnected(ctx, FRONTEND, cancellation -> {
                answer(ctx, () -> runs(body, RunClients.of(ctx), cancellation));
                return Boolean.TRUE;
            });
        });
        routes.get(LANGUAGES, ctx -> answer(ctx, () -> new JobeAnswer(200, languages())));
        routes.put(FILES, ctx -> answer(ctx, () -> putFile(ctx.pathParam("id"), bodies.read(ctx))));
        routes.head(FILES, ctx -> ctx.status(files.contains(ctx.pathParam("id")) ? 204 : 404));
    }

    /** {@code [[language_id, version], ...]} for the languages this node runs. */
    private List<List<String>> languages() {
        Map<String, LanguageInfo> node = service.languagesById();
        return languages.all().stream().filter(l -> node.containsKey(l.nodeId()))
                .map(l -> List.of(l.jobeId(), node.get(l.nodeId()).version())).toList();
    }

    private JobeAnswer runs(byte[] body, String client, Cancellation cancellation) {
        JobeRunSpec spec = JobeRunSpec.parse(mapper, body);
        Optional<JobeLanguage> language = languages.find(spec.languageId())
                .filter(l -> service.languagesById().containsKey(l.nodeId()));
        if (language.isEmpty()) {
            throw new JobeError(400, "Language '" + spec.languageId() + "' is not known");
        }
        if (OVERLOAD_TEST_SOURCE.equals(spec.sourcecode())) {
            return new JobeAnswer(200, JobeResult.overload(""));
        }
        try {
            return runner.run(spec, language.get(), body, client, cancellation);
        } catch (InvalidRunException | ProtocolException e) {
            throw new JobeError(400, e.getMessage());
        } catch (RunRejectedException e) {
            metrics.recordRejected(FRONTEND, e.reason());
            return new JobeAnswer(200, JobeResult.overload(e.getMessage()));
        }
    }

    private JobeAnswer putFile(String id, byte[] body) {
        if (!FILE_ID.matcher(id).matches()) {
            throw new JobeError(400, "put: file id " + id + " is not valid: use letters and digits only");
        }
        JsonNode json = JsonObjects.read(mapper, body).filter(j -> j.path("file_contents").isTextual())
                .orElseThrow(() -> new JobeError(400, "put: missing file_contents parameter"));
        byte[] content;
        try {
            content = Base64.getDecoder().decode(json.get("file_contents").asText().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new JobeError(400, "put: contents of file " + id + " are not valid base-64");
        }
        try {
            files.put(id, content);
        } catch (IllegalArgumentException e) {
            throw new JobeError(413, "put: " + e.getMessage());
        }
        return new JobeAnswer(204, null);
    }

    private void answer(Context ctx, Supplier<JobeAnswer> handler) {
        JobeAnswer answer;
        try {
            answer = handler.get();
        } catch (JobeError e) {
            answer = new JobeAnswer(e.status(), e.getMessage());
        }
        ctx.status(answer.status());
        if (answer.body() != null) {
            ctx.contentType("application/json; charset=utf-8")
                    .result(Json.write(mapper, answer.body()).getBytes(StandardCharsets.UTF_8));
        }
    }

}
