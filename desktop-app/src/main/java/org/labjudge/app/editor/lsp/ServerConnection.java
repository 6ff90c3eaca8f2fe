package org.labjudge.app.editor.lsp;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.labjudge.app.editor.CompletionSource.Suggestion;
import org.labjudge.app.editor.Marker;

/**
 * One running language server, spoken to over its stdin and stdout with LSP4J: started and initialized by
 * {@link #start} (which blocks: call it off the UI thread), documents opened and changed in full, completion asked
 * for at a place, diagnostics passed on as {@link Marker}s. No JavaFX here: what it reports comes on LSP4J's thread.
 */
public final class ServerConnection implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 30;
    /** Enough to pick from in a popup. */
    static final int MAX_SUGGESTIONS = 20;

    /** A document's diagnostics for one of its versions (null when the server names none). */
    public record Diagnostics(Integer version, List<Marker> markers) {
    }

    private final Process process;
    private final LanguageServer server;
    private final Map<String, Consumer<Diagnostics>> listeners = new ConcurrentHashMap<>();

    private ServerConnection(Process process, LanguageServer server) {
        this.process = process;
        this.server = server;
    }

    /** Starts {@code command} and initializes it for the folder {@code root}. */
    public static ServerConnection start(List<String> command, Path root) throws IOException {
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        ServerConnection connection = new ServerConnection(process, launcher.getRemoteProxy());
        client.connection = connection;
        launcher.startListening();
        try {
            connection.initialize(root);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void initialize(Path root) throws IOException {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), root.getFileName() == null
                ? "/" : root.getFileName().toString())));
        CompletionItemCapabilities item = new CompletionItemCapabilities(false); // plain text, no snippets
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setCompletion(new CompletionCapabilities(item));
        text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(false));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        params.setCapabilities(capabilities);
        try {
            server.initialize(params).get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the language server started", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the language server did not initialize: " + e, e);
        }
        server.initialized(new InitializedParams());
    }

    /** Opens {@code uri} with its text; its diagnostics go to {@code diagnostics} from now on. */
    public void open(URI uri, String languageId, String text, Consumer<Diagnostics> diagnostics) {
        listeners.put(uri.toString(), diagnostics);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri.toString(), languageId, 0, text)));
    }

    /** The whole new text of {@code uri}, as its {@code version}. */
    public void change(URI uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri.toString(), version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    public void closeDocument(URI uri) {
        listeners.remove(uri.toString());
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri.toString())));
    }

    /** The server's completions at 0-based {@code line} and {@code column} of {@code uri}, best first. */
    public CompletableFuture<List<Suggestion>> complete(URI uri, int line, int column) {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri.toString()), new Position(line, column));
        return server.getTextDocumentService().completion(params).thenApply(ServerConnection::suggestions);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the server to shut down and exit; kills it when it does not within a second. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                server.shutdown().get(1, TimeUnit.SECONDS);
                server.exit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // it goes either way
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<Suggestion> suggestions(Either<List<CompletionItem>, CompletionList> answer) {
        if (answer == null) {
            return List.of();
        }
        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        return items.stream()
                .sorted(java.util.Comparator.comparing(i -> i.getSortText() == null ? i.getLabel() : i.getSortText()))
                .map(ServerConnection::suggestion).distinct().limit(MAX_SUGGESTIONS).toList();
    }

    /** What an item inserts: its edit's text, else its insert text, else its label. */
    private static Suggestion suggestion(CompletionItem item) {
        String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
        if (item.getTextEdit() != null) {
            text = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText()
                    : item.getTextEdit().getRight().getNewText();
        }
        String label = item.getLabel().strip();
        if (item.getDetail() != null && !item.getDetail().isBlank()) {
            label += "  : " + item.getDetail().strip();
        }
        return new Suggestion(label, text.strip());
    }

    private void diagnostics(PublishDiagnosticsParams params) {
        Consumer<Diagnostics> listener = listeners.get(params.getUri());
        if (listener == null) {
            return;
        }
        List<Marker> markers = params.getDiagnostics().stream()
                .filter(d -> d.getSeverity() == null || d.getSeverity() == DiagnosticSeverity.Error
                        || d.getSeverity() == DiagnosticSeverity.Warning)
                .map(ServerConnection::marker).toList();
        listener.accept(new Diagnostics(params.getVersion(), markers));
    }

    private static Marker marker(Diagnostic d) {
        Marker.Severity severity = d.getSeverity() == DiagnosticSeverity.Warning ? Marker.Severity.WARNING
                : Marker.Severity.ERROR;
        String source = d.getSource() == null ? "" : " (" + d.getSource() + ")";
        return new Marker(d.getRange().getStart().getLine() + 1, d.getRange().getStart().getCharacter() + 1, severity,
                d.getMessage() + source);
    }

    /** What the server may ask of the editor: diagnostics are passed on; the rest is answered and left alone. */
    private static final class Client implements LanguageClient {

        private volatile ServerConnection connection;

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            ServerConnection to = connection;
            if (to != null) {
                to.diagnostics(diagnostics);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<List<Object>> configuration(org.eclipse.lsp4j.ConfigurationParams params) {
            return CompletableFuture.completedFuture(params.getItems().stream().map(i -> (Object) null).toList());
        }
    }
}
