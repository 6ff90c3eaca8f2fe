package org.labjudge.app.editor.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.labjudge.app.editor.CodeEditor;

/**
 * The window's language servers: one per language that has a server ({@link ServerCommands}), started the first
 * time an editor of that language is edited or asks for completion, on a thread of its own (never the UI thread,
 * never at start-up), then shared by every editor of the language. A language without a server, or whose server
 * fails to start, keeps the word and keyword completion, silently.
 */
public final class LanguageServers implements AutoCloseable {

    private final ServerCommands commands;
    private final Executor uiThread;
    /** Starts servers and writes to them, in order, off the UI thread. */
    private final ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "labjudge-language-servers");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<Optional<ServerConnection>>> servers = new HashMap<>();
    private Path scratch;
    private int untitled;
    private boolean closed;

    public LanguageServers(ServerCommands commands, Executor uiThread) {
        this.commands = commands;
        this.uiThread = uiThread;
    }

    /**
     * Lets {@code editor}'s language server (if any) complete and check its code from its first edit or Ctrl+Space
     * on; {@code file} says where the editor's text is kept (none for a new file). UI thread.
     */
    public void attach(CodeEditor editor, Supplier<Optional<Path>> file) {
        ServerDocument document = new ServerDocument(this, editor, file, uiThread);
        editor.setCompletionSource(document);
        editor.whenClosed(document::close);
    }

    /** Whether {@code language} has a server to start. */
    boolean serves(String language) {
        return !closed && commands.forLanguage(language).isPresent();
    }

    /** {@code language}'s server, started for the folder {@code root} if it is not running yet. */
    synchronized CompletableFuture<Optional<ServerConnection>> server(String language, Path root) {
        if (closed) {
            // A window closing may still edit or close its documents after the servers were shut down.
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<ServerConnection>> running = servers.get(language);
        if (running != null && !(running.isDone() && running.join().map(s -> !s.isAlive()).orElse(false))) {
            return running;
        }
        Optional<List<String>> command = commands.forLanguage(language);
        CompletableFuture<Optional<ServerConnection>> started = CompletableFuture.supplyAsync(() -> {
            if (command.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(ServerConnection.start(command.get(), root));
            } catch (IOException | RuntimeException e) {
                return Optional.<ServerConnection>empty(); // no server: word completion, as without one
            }
        }, io);
        servers.put(language, started);
        return started;
    }

    /** Runs {@code task} on the servers' thread, after what was asked before it. */
    synchronized void write(Runnable task) {
        if (!closed) {
            io.execute(task);
        }
    }

    /** A file name for a new, unsaved file's text, in a scratch folder of this window's. */
    synchronized Path scratchFile(String extension) {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("labjudge-lsp");
                scratch.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            scratch = Path.of(System.getProperty("java.io.tmpdir"));
        }
        return scratch.resolve("untitled-" + (++untitled) + (extension.isEmpty() ? "" : "." + extension));
    }

    /** Shuts every server down. */
    @Override
    public void close() {
        List<CompletableFuture<Optional<ServerConnection>>> all;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            all = List.copyOf(servers.values());
        }
        io.execute(() -> all.forEach(f -> f.join().ifPresent(ServerConnection::close)));
        io.shutdown();
    }
}
