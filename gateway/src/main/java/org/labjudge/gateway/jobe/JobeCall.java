package org.labjudge.gateway.jobe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.labjudge.app.pool.Attempt;
import org.labjudge.app.pool.NodeCall;
import org.labjudge.node.api.jobe.JobeAnswer;
import org.labjudge.node.api.jobe.JobeApi;
import org.labjudge.protocol.ProblemDetail;

/**
 * One Jobe run sent to a node's Jobe API as its client sent it, so the node applies Jobe's parameters
 * (compile, link and interpreter arguments) itself. The files its {@code file_list} names go first to the
 * node's file cache, unless it holds them. A node's overload answer (outcome 21) counts as a full node, so
 * the pool tries another; every other answer, refusals included, is the client's.
 */
final class JobeCall implements NodeCall<JobeAnswer> {
    private static final MediaType JSON = MediaType.get("application/json");
    /** Jobe's outcome for "no free slot": the node is full, not the run wrong. */
    private static final int OVERLOAD = 21;
    /** Jobe's outcome for a fault of the server. */
    private static final int SERVER_ERROR = 20;
    /** Bound on each file upload, so a node that hangs cannot hold the run. */
    private static final long FILE_CALL_SECONDS = 10;

    private final String language;
    private final byte[] body;
    private final Map<String, byte[]> files;
    private final ObjectMapper mapper;

    /**
     * @param language the node language the run needs
     * @param body the {@code POST runs} body as the client sent it
     * @param files the contents of the files its {@code file_list} names, by id
     */
    JobeCall(String language, byte[] body, Map<String, byte[]> files, ObjectMapper mapper) {
        this.language = language;
        this.body = body.clone();
        this.files = Map.copyOf(files);
        this.mapper = mapper;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Request request(OkHttpClient client, String base, String token) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            upload(client, base + JobeApi.BASE + "/files/" + file.getKey(), token, file.getValue());
        }
        return keyed(token, new Request.Builder().url(base + JobeApi.RUNS).post(RequestBody.create(body, JSON)));
    }

    /** HEAD, then PUT when the node does not hold the file (Jobe's own client protocol). */
    private void upload(OkHttpClient client, String url, String token, byte[] content) throws IOException {
        if (execute(client, keyed(token, new Request.Builder().url(url).head())) == 204) {
            return;
        }
        String json = mapper.createObjectNode().put("file_contents", Base64.getEncoder().encodeToString(content))
                .toString();
        int status = execute(client, keyed(token, new Request.Builder().url(url).put(RequestBody.create(json, JSON))));
        if (status != 204 && status != 200) {
            throw new IOException("its file cache answered HTTP " + status + " to an upload");
        }
    }

    private static int execute(OkHttpClient client, Request request) throws IOException {
        Call call = client.newCall(request);
        call.timeout().timeout(FILE_CALL_SECONDS, TimeUnit.SECONDS);
        try (Response response = call.execute()) {
            return response.code();
        }
    }

    private static Request keyed(String token, Request.Builder builder) {
        if (token != null) {
            builder.header(JobeApi.API_KEY_HEADER, token);
        }
        return builder.build();
    }

    @Override
    public Attempt<JobeAnswer> read(int status, Headers headers, byte[] answer) {
        if (status == 429 || status == 503) {
            return Attempt.busy(status, headers.get("Retry-After"), ProblemDetail.REASON_QUEUE_FULL, "full");
        }
        if (status == 401 || status == 403) {
            return new Attempt.Failed<>("refused the gateway's API key (HTTP " + status + ")");
        }
        if (status >= 500) {
            return new Attempt.Failed<>("answered HTTP " + status);
        }
        JsonNode json;
        try {
            json = answer.length == 0 ? null : mapper.readTree(answer);
        } catch (IOException e) {
            return new Attempt.Failed<>("sent an answer that is not JSON (HTTP " + status + ")");
        }
        if (status == 200 && json != null) {
            int outcome = json.path("outcome").asInt();
            if (outcome == OVERLOAD) {
                return Attempt.busy(503, headers.get("Retry-After"), ProblemDetail.REASON_EXPECTED_WAIT,
                        "full (Jobe outcome 21)");
            }
            return new Attempt.Done<>(new JobeAnswer(status, json), outcome == SERVER_ERROR);
        }
        return new Attempt.Done<>(new JobeAnswer(status, json), false);
    }
}
