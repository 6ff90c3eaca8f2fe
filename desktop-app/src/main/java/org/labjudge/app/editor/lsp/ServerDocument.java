package org.labjudge.app.editor.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.CompletionSource;

/**
 * One editor's text as its language server sees it. Nothing happens until the student first edits the text (a
 * file loaded or a starter program put in does not count) or asks for completion; then the server is started (or the running one used), the document opened with the text of that
 * moment, and every later edit sent whole, numbered. The server's diagnostics for the current version are shown as
 * marks; those for an older version are dropped (their lines may have moved). Changing the editor's language or
 * file closes the document and opens it anew on the next edit. UI thread, except where noted.
 */
final class ServerDocument implements CompletionSource {

    private enum State { IDLE, OPENING, OPEN }

    private final LanguageServers servers;
    private final CodeEditor editor;
    private final Supplier<Optional<Path>> file;
    private final Executor uiThread;
    private State state = State.IDLE;
    private ServerConnection connection;
    private URI uri;
    private int version;
    /** Completions asked for while the document was opening, answered once it is. */
    private CompletableFuture<ServerConnection> opened = new CompletableFuture<>();

    ServerDocument(LanguageServers servers, CodeEditor editor, Supplier<Optional<Path>> file, Executor uiThread) {
        this.servers = servers;
        this.editor = editor;
        this.file = file;
        this.uiThread = uiThread;
        editor.area().plainTextChanges().subscribe(change -> edited());
        editor.languageProperty().addListener((obs, old, now) -> reset());
    }

    @Override
    public CompletableFuture<List<Suggestion>> complete(String text, int line, int column) {
        if (!servers.serves(editor.language().id())) {
            return CompletableFuture.completedFuture(List.of());
        }
        openIfIdle();
        URI at = uri;
        return opened.thenCompose(server -> {
            CompletableFuture<List<Suggestion>> answer = new CompletableFuture<>();
            if (server == null) {
                answer.complete(List.of());
                return answer;
            }
            // After the edits queued before it, so the server completes the text the student sees.
            servers.write(() -> server.complete(at, line, column).whenComplete((items, error) -> {
                if (error == null) {
                    answer.complete(items);
                } else {
                    answer.complete(List.of());
                }
            }));
            return answer;
        });
    }

    /** The editor is closed: the server forgets the document. */
    void close() {
        reset();
    }

    private void edited() {
        if (state == State.OPEN) {
            int now = ++version;
            String text = editor.text();
            ServerConnection server = connection;
            URI at = uri;
            servers.write(() -> server.change(at, now, text));
        } else if (state == State.IDLE && servers.serves(editor.language().id())) {
            // Only the student's edits start a server: a file loaded or a starter program put in is no reason to.
            uiThread.execute(() -> {
                if (editor.isModified()) {
                    openIfIdle();
                }
            });
        }
    }

    private void openIfIdle() {
        if (state != State.IDLE) {
            return;
        }
        state = State.OPENING;
        String language = editor.language().id();
        Path path = file.get().map(Path::toAbsolutePath)
                .orElseGet(() -> servers.scratchFile(editor.language().extensions().isEmpty() ? ""
                        : editor.language().extensions().get(0)));
        uri = path.toUri();
        URI at = uri;
        CompletableFuture<ServerConnection> waiting = opened;
        servers.server(language, path.getParent()).thenAccept(server -> uiThread.execute(() -> {
            if (state != State.OPENING || !at.equals(uri)) {
                return; // reset while the server started
            }
            if (server.isEmpty()) {
                state = State.IDLE; // no server after all: leave the editor alone
                waiting.complete(null);
                return;
            }
            connection = server.get();
            state = State.OPEN;
            version = 0;
            String text = editor.text();
            servers.write(() -> {
                server.get().open(at, language, text, diagnostics -> uiThread.execute(() -> show(at, diagnostics)));
                waiting.complete(server.get());
            });
        }));
    }

    private void show(URI at, ServerConnection.Diagnostics diagnostics) {
        if (state == State.OPEN && at.equals(uri) && (diagnostics.version() == null || diagnostics.version() == version)) {
            editor.showServerMarkers(diagnostics.markers());
        }
    }

    private void reset() {
        if (state == State.OPEN) {
            ServerConnection server = connection;
            URI at = uri;
            servers.write(() -> server.closeDocument(at));
            editor.showServerMarkers(List.of());
        }
        state = State.IDLE;
        connection = null;
        opened = new CompletableFuture<>();
    }
}
