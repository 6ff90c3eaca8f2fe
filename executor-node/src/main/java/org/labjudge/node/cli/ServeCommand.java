package org.labjudge.node.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.labjudge.node.ExecutorNode;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.config.NodeConfigBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code executor-node serve}: builds the configuration (defaults, then the file, then options),
 * validates it, starts the node ({@link ExecutorNode}, the composition root) and waits until it stops.
 * SIGTERM runs a shutdown hook that stops the node gracefully.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = NodeMain.VersionProvider.class,
        description = "Run the executor node: HTTP API, run queue and sandboxes. Options override the config file.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ListenOptions listen;

    @Option(names = "--slots", paramLabel = "N", description = "runs at once (default: processors)")
    Integer slots;

    @Option(names = "--node-id", paramLabel = "ID", description = "name of this node (default: host name)")
    String nodeId;

    @Option(names = "--blob-dir", paramLabel = "DIR",
            description = "the folder of the blob store (test data, validators; default: ~/.labjudge/node-blobs/<node id>)")
    Path blobDir;

    @Spec
    CommandSpec spec;

    private final Consumer<Thread> shutdownHooks;

    /** @param shutdownHooks registers a JVM shutdown hook ({@code Runtime.getRuntime()::addShutdownHook}) */
    ServeCommand(Consumer<Thread> shutdownHooks) {
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks, "shutdownHooks");
    }

    @Override
    public Integer call() {
        NodeConfig nodeConfig;
        try {
            nodeConfig = configuration();
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("executor-node: " + NodeMain.oneLine(e.getMessage()));
            return NodeMain.EXIT_USAGE;
        }
        ExecutorNode node;
        try {
            node = ExecutorNode.start(nodeConfig, NodeVersion.current());
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("executor-node: cannot start: " + NodeMain.describe(e));
            return NodeMain.EXIT_FAILURE;
        }
        shutdownHooks.accept(new Thread(node::shutdown, "executor-node-shutdown"));
        // The desktop app's embedded node reads "listening on HOST:PORT" from this line; keep its shape.
        String host = nodeConfig.bind().contains(":") ? "[" + nodeConfig.bind() + "]" : nodeConfig.bind();
        spec.commandLine().getOut().println("executor-node " + nodeConfig.nodeId() + " listening on "
                + host + ":" + node.port());
        spec.commandLine().getOut().flush();
        try {
            node.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.shutdown();
            return NodeMain.EXIT_FAILURE;
        }
        return NodeMain.EXIT_OK;
    }

    /** Defaults, then the file, then the options given on the command line (each named as in the file). */
    NodeConfig configuration() {
        NodeConfigBuilder builder = listen.config() != null ? NodeConfig.builder(listen.config()) : NodeConfig.builder();
        Map<String, Object> options = new LinkedHashMap<>(listen.settings());
        options.put("slots", slots);
        options.put("nodeId", nodeId);
        options.put("blobStore.dir", blobDir == null ? null : blobDir.toString());
        options.forEach((setting, value) -> {
            if (value != null) {
                builder.set(setting, value);
            }
        });
        return builder.build();
    }
}
