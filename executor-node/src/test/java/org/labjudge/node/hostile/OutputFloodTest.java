package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** 2 GB of output is cut off at the cap at once, and what the node keeps stays bounded. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class OutputFloodTest {
    /** Writes 2 GB (32768 x 64 KiB) to the file descriptor given on stdin. */
    private static final String FLOOD = """
            #include <stdio.h>
            #include <string.h>
            #include <unistd.h>
            int main(void) {
                static char buf[1 << 16];
                int fd = 1;
                if (scanf("%d", &fd) != 1) return 2;
                memset(buf, 'x', sizeof buf);
                for (int i = 0; i < 32768; i++) {
                    if (write(fd, buf, sizeof buf) < 0) return 1;
                }
                return 0;
            }
            """;

    @ParameterizedTest(name = "2 GB to {0}")
    @CsvSource({"stdout, 1", "stderr, 2"})
    void twoGigabytesAreCutOffAtTheCapPromptly(String stream, int fd, HostileNode node) {
        TestResult test = node.runOnce("c", FLOOD, HostileNode.SMALL, fd + "\n");

        assertThat(test.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
        assertThat(test.outputTruncated()).isTrue();
        String kept = fd == 1 ? test.stdout() : test.stderr();
        assertThat(kept).hasSize(HostileNode.SMALL.outputKb() * 1024).matches("x+");
        // Killed as soon as it passed the cap, long before it could write 2 GB.
        assertThat(test.signal()).isEqualTo("SIGKILL");
        assertThat(test.wallTimeMs()).as("the program ran for").isLessThan(2000L);
        node.assertSurvived();
    }

    @Test
    void manyTestsAtTheLargestCapKeepABoundedAnswer(HostileNode node) {
        Limits largest = new Limits(2000, 5000, 128, 16 * 1024, 32);
        List<TestCase> tests = IntStream.range(0, 3).mapToObj(i -> new TestCase("t" + i, "1\n", null)).toList();
        RunRequest request = RunRequest.of("c", FLOOD).withLimits(largest).withTests(tests);

        HttpResponse<String> response = node.bare(node.postRuns(
                HttpRequest.BodyPublishers.ofString(Json.write(node.fixture.json, request))));

        assertThat(response.statusCode()).isEqualTo(200);
        RunResult result = Json.read(node.fixture.json, response.body(), RunResult.class);
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.OUTPUT_LIMIT_EXCEEDED);
        // Each test was cut at 16 MB; the answer keeps at most 32 MB of output over all of them.
        assertThat(response.body().length()).isLessThan(33 * 1024 * 1024);
        assertThat(result.tests().get(2).message()).contains("output shortened");
        node.assertSurvived();
    }
}
