package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Signals and abused streams get sane verdicts and valid JSON answers. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class SignalAndStreamAbuseTest {

    @Test
    void killingEveryProcessSparesTheAgent(HostileNode node) {
        TestResult test = node.runOnce("bash", "sleep 100 &\nsleep 100 &\nkill -9 -1\nwait\necho survived\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        assertThat(test.stdout()).isEqualTo("survived\n");
        node.assertSurvived();
    }

    @Test
    void stoppingItselfEndsAtTheWallClockLimit(HostileNode node) {
        TestResult test = node.runOnce("bash", "echo stopping\nkill -STOP $$\necho resumed\n");

        assertThat(test.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(test.stdout()).isEqualTo("stopping\n");
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(HostileNode.SMALL.wallTimeMs() + 500L);
        node.assertSurvived();
    }

    @Test
    void closingItsStreamsEarlyIsJudgedOnWhatCameBefore(HostileNode node) {
        String program = """
                #include <stdio.h>
                #include <unistd.h>
                int main(void) {
                    puts("3");
                    fflush(stdout);
                    close(1); close(2); close(0);
                    usleep(200000);
                    puts("lost");
                    return 0;
                }
                """;
        RunResult result = node.runTests("c", program, HostileNode.SMALL, List.of(new TestCase("1", "1 2\n", "3\n")));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.tests().get(0).stdout()).isEqualTo("3\n");
        node.assertSurvived();
    }

    @Test
    void invalidUtf8AndNulBytesComeBackAsValidJson(HostileNode node) throws CharacterCodingException {
        String program = """
                import sys
                sys.stdout.buffer.write(b'ok\\x00nul\\xff\\xfe bad \\xc3( \\xed\\xa0\\x80 surrogate\\n')
                sys.stderr.buffer.write(b'\\x00\\x01\\x1b[31m\\xff\\n')
                """;
        RunRequest request = RunRequest.of("python", program).withLimits(HostileNode.SMALL);
        HttpResponse<String> response = node.bare(node.postRuns(
                HttpRequest.BodyPublishers.ofString(Json.write(node.fixture.json, request))));

        assertThat(response.statusCode()).isEqualTo(200);
        // Strictly valid UTF-8 on the wire and strictly valid JSON.
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(response.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode tree = Json.read(node.fixture.json, response.body(), JsonNode.class);
        TestResult test = Json.read(node.fixture.json, response.body(), RunResult.class).tests().get(0);
        assertThat(tree.path("tests").path(0).path("stdout").isTextual()).isTrue();
        assertThat(test.verdict()).isEqualTo(Verdict.OK);
        assertThat(test.stdout()).startsWith("ok\u0000nul\uFFFD").contains(" bad ", " surrogate\n");
        assertThat(test.stderr()).startsWith("\u0000\u0001\u001b[31m");
        node.assertSurvived();
    }

    @Test
    void aOneMegabyteLineIsJudgedOrCutAtTheCap(HostileNode node) {
        String program = "import sys\nsys.stdout.write('a' * (1 << 20) + '\\n')\n";
        String line = "a".repeat(1 << 20) + "\n";
        Limits roomy = new Limits(2000, 5000, 128, 2048, 32);

        RunResult fits = node.runTests("python", program, roomy, List.of(new TestCase("1", "", line)));
        TestResult cut = node.runOnce("python", program);

        assertThat(fits.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(fits.tests().get(0).stdout()).hasSize(line.length());
        assertThat(cut.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
        assertThat(cut.stdout()).hasSize(HostileNode.SMALL.outputKb() * 1024);
        node.assertSurvived();
    }
}
