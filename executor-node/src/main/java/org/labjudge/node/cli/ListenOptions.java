package org.labjudge.node.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import org.labjudge.node.config.TokenFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every LabJudge server's {@code serve} command, a picocli mixin: the config file, where it
 * listens and whom it lets in. The node's and the gateway's differ only in the default port their help shows
 * ({@link #showDefaultPort}).
 */
public final class ListenOptions {
    private static final String DEFAULT_PORT_KEY = "labjudge.default-port";

    @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration file")
    Path config;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--port", paramLabel = "PORT",
            description = "port to listen on (default ${" + DEFAULT_PORT_KEY + "}; 0 picks one)")
    Integer port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "accepted token (Authorization: Bearer; Jobe's X-API-KEY); repeat for several;"
                    + " replaces the file's tokens")
    List<String> tokens;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "read accepted tokens from FILE, one per line (a mounted Secret); added to --token's;"
                    + " keeps them out of the command line")
    Path tokenFile;

    /** The config file given, or null. */
    public Path config() {
        return config;
    }

    /**
     * The settings these options give, named as in the config file ({@code bind}, {@code port}, {@code tokens}:
     * --token's, then --token-file's lines); a value is null where the option was not given, so the file's stands.
     */
    public Map<String, Object> settings() {
        List<String> given = new ArrayList<>(tokens == null ? List.of() : tokens);
        if (tokenFile != null) {
            given.addAll(TokenFile.read(tokenFile));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("bind", bind);
        settings.put("port", port);
        settings.put("tokens", given.isEmpty() ? null : given);
        return settings;
    }

    /** Makes {@code serve}'s help show {@code port} as the default of {@code --port}. */
    public static void showDefaultPort(CommandLine serve, int port) {
        serve.getCommandSpec().resourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{DEFAULT_PORT_KEY, String.valueOf(port)}};
            }
        });
    }
}
