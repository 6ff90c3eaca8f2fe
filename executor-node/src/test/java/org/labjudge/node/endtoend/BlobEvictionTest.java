package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labjudge.node.endtoend.BlobStoreEndpointsTest.head;
import static org.labjudge.node.endtoend.BlobStoreEndpointsTest.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.BlobHash;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;

/** A node whose store is bounded small: past the bound the least recently used blob goes, and a used one stays. */
@Tag("docker")
class BlobEvictionTest {

    private static byte[] line(char digit) {
        return (String.valueOf(digit).repeat(399) + "\n").getBytes(StandardCharsets.UTF_8); // 400 bytes
    }

    @Test
    void theLeastRecentlyUsedBlobIsEvictedPastTheBound() {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("blobStore.maxBytes", 1000))) {
            byte[] a = line('1');
            byte[] b = line('2');
            byte[] c = line('3');
            put(node, BlobHash.of(a), a, "application/octet-stream");
            put(node, BlobHash.of(b), b, "application/octet-stream");
            // A run that uses a makes b the least recently used.
            RunResult used = node.run(RunRequest.of("python", "print(len(input()))\n")
                    .withTests(List.of(new TestCase("1", "", "399\n", null, null, BlobHash.of(a), null))));
            assertThat(used.verdict().name()).isEqualTo("ACCEPTED");

            assertThat(put(node, BlobHash.of(c), c, "application/octet-stream").statusCode()).isEqualTo(201);

            assertThat(head(node, BlobHash.of(b)).statusCode()).as("least recently used: evicted").isEqualTo(404);
            assertThat(head(node, BlobHash.of(a)).statusCode()).isEqualTo(200);
            assertThat(head(node, BlobHash.of(c)).statusCode()).isEqualTo(200);
            assertThat(node.get("/metrics").body()).contains("labjudge_blob_evictions_total 1",
                    "labjudge_blob_store_bytes 800");
        }
    }
}
