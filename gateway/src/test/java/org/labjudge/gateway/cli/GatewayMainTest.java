package org.labjudge.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.gateway.config.GatewayConfig;
import picocli.CommandLine;

/** {@code labjudge-gateway serve}'s options: the node's listening options with the gateway's default port. */
class GatewayMainTest {
    @TempDir
    Path dir;

    @Test
    void serveHelpShowsTheGatewaysDefaultPortAndTheSharedOptions() {
        StringWriter out = new StringWriter();
        int exit = GatewayMain.execute(new String[] {"serve", "--help"}, hook -> { }, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--config=FILE", "--bind=ADDRESS", "--token=TOKEN", "--token-file=FILE",
                "(default 7080; 0 picks one)", "--nodes=PATH|URL", "--gateway-id=ID");
    }

    @Test
    void theSharedOptionsOverrideTheFileAndTheTokenFileAddsToTokens() throws Exception {
        Path config = dir.resolve("gateway.json");
        Files.writeString(config, "{\"nodes\": \"n.json\", \"port\": 7181, \"tokens\": [\"from-the-file-0123\"]}");
        Path tokenFile = dir.resolve("tokens");
        Files.writeString(tokenFile, "from-the-token-file-0123\n");
        GatewayMain.Serve serve = new GatewayMain.Serve(hook -> { });
        new CommandLine(serve).parseArgs("--config", config.toString(), "--port", "7999", "--token",
                "from-the-line-0123", "--token-file", tokenFile.toString());

        GatewayConfig built = serve.configuration();

        assertThat(built.port()).isEqualTo(7999);
        assertThat(built.nodes()).isEqualTo("n.json");
        assertThat(built.tokens()).isEqualTo(List.of("from-the-line-0123", "from-the-token-file-0123"));
    }
}
