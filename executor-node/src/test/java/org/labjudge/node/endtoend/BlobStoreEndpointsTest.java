package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.BlobHash;
import org.labjudge.protocol.BlobQuery;
import org.labjudge.protocol.BlobStoreInfo;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.MissingBlobs;
import org.labjudge.protocol.ProblemDetail;

/** A real node's blob store over HTTP: upload verified by hash, present or not one by one and in bulk, its auth. */
@Tag("docker")
class BlobStoreEndpointsTest {
    private static final String TOKEN = "blob-endpoints-test-token";
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 1).set("tokens", List.of(TOKEN)));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static HttpResponse<String> put(RunningNodeFixture node, String hash, byte[] bytes, String type) {
        return node.send(HttpRequest.newBuilder(node.uri("/api/v1/blobs/" + hash)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    static HttpResponse<String> head(RunningNodeFixture node, String hash) {
        return node.send(HttpRequest.newBuilder(node.uri("/api/v1/blobs/" + hash))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    static List<String> missing(RunningNodeFixture node, List<String> hashes) {
        HttpResponse<String> answer = node.post("/api/v1/blobs/missing", Json.write(node.json, new BlobQuery(hashes)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.read(node.json, answer.body(), MissingBlobs.class).missing();
    }

    @Test
    void anUploadIsVerifiedKeptAndReportedPresent() {
        byte[] blob = "a test's input\n".getBytes(StandardCharsets.UTF_8);
        String hash = BlobHash.of(blob);
        String absent = BlobHash.ofText("never uploaded");

        assertThat(put(node, hash, blob, "application/octet-stream").statusCode()).isEqualTo(201);
        assertThat(put(node, hash, blob, "application/octet-stream").statusCode()).as("held already").isEqualTo(200);
        assertThat(head(node, hash).statusCode()).isEqualTo(200);
        assertThat(head(node, absent).statusCode()).isEqualTo(404);
        assertThat(missing(node, List.of(hash, absent))).containsExactly(absent);
        BlobStoreInfo info = Json.read(node.json, node.get("/api/v1/blobs").body(), BlobStoreInfo.class);
        assertThat(info.blobs()).isGreaterThanOrEqualTo(1);
        assertThat(info.maxBytes()).isEqualTo(node.config.blobStore().maxBytes());
    }

    @Test
    void bytesThatDoNotHashToTheirNameAreRefusedAndNotKept() {
        byte[] sent = "tampered\n".getBytes(StandardCharsets.UTF_8);
        String claimed = BlobHash.ofText("the real answer\n");

        HttpResponse<String> answer = put(node, claimed, sent, "application/octet-stream");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith(ProblemDetail.MEDIA_TYPE));
        ProblemDetail problem = Json.read(node.json, answer.body(), ProblemDetail.class);
        assertThat(problem.detail()).contains(BlobHash.of(sent)).contains("not to " + claimed);
        assertThat(head(node, claimed).statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedNameAWrongMediaTypeAndAMissingTokenAreRefusedAsEverywhereInV1() {
        byte[] blob = "x".getBytes(StandardCharsets.UTF_8);

        assertThat(put(node, "not-a-hash", blob, "application/octet-stream").statusCode()).isEqualTo(400);
        assertThat(put(node, BlobHash.of(blob), blob, "text/plain").statusCode()).isEqualTo(415);
        HttpResponse<String> anonymous = node.sendWithoutToken(HttpRequest.newBuilder(node.uri("/api/v1/blobs")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Json.read(node.json, anonymous.body(), ProblemDetail.class).detail()).contains("bearer token");
        HttpResponse<String> badQuery = node.post("/api/v1/blobs/missing", "{\"hashes\":[\"ABC\"]}");
        assertThat(badQuery.statusCode()).isEqualTo(400);
    }

    @Test
    void theMetricsShowTheStore() {
        byte[] blob = "metrics\n".getBytes(StandardCharsets.UTF_8);
        put(node, BlobHash.of(blob), blob, "application/octet-stream");

        String metrics = node.get("/metrics").body();

        assertThat(metrics).contains("labjudge_blob_store_bytes ", "labjudge_blob_store_blobs ",
                "labjudge_blob_store_max_bytes " + node.config.blobStore().maxBytes(), "labjudge_blob_hits_total ",
                "labjudge_blob_misses_total ", "labjudge_blob_evictions_total ", "labjudge_blob_uploads_total ",
                "labjudge_http_request_body_bytes_total ");
    }
}
