package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labjudge.node.endtoend.BlobStoreEndpointsTest.head;
import static org.labjudge.node.endtoend.BlobStoreEndpointsTest.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.BlobHash;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;

/** A node that restarts on the same store folder holds and judges with what it held before. */
@Tag("docker")
class BlobStoreRestartTest {
    @TempDir
    Path store;

    @Test
    void aRestartedNodeStillHoldsItsBlobs() {
        byte[] input = "5 6\n".getBytes(StandardCharsets.UTF_8);
        byte[] answer = "11\n".getBytes(StandardCharsets.UTF_8);
        try (RunningNodeFixture first = new RunningNodeFixture(b -> b.set("slots", 1).set("blobStore.dir", store.toString()))) {
            put(first, BlobHash.of(input), input, "application/octet-stream");
            put(first, BlobHash.of(answer), answer, "application/octet-stream");
        }

        try (RunningNodeFixture second = new RunningNodeFixture(b -> b.set("slots", 1).set("blobStore.dir", store.toString()))) {
            assertThat(head(second, BlobHash.of(input)).statusCode()).isEqualTo(200);
            RunResult result = second.run(RunRequest.of("python", "a, b = map(int, input().split())\nprint(a + b)\n")
                    .withTests(List.of(new TestCase("1", "", null, null, null, BlobHash.of(input), BlobHash.of(answer)))));
            assertThat(result.verdict().name()).isEqualTo("ACCEPTED");
        }
    }
}
