package org.labjudge.app.editor.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.editor.CompletionSource.Suggestion;
import org.labjudge.app.editor.Marker;

/**
 * The client against a real language server: Debian's clangd (installers/scripts/ensure-packages.sh installs it).
 * It opens a C file, reads clangd's diagnostics for each version, and gets completions from the C library.
 */
class ServerConnectionTest {

    @TempDir
    Path folder;
    private ServerConnection clangd;

    @BeforeEach
    void start() throws Exception {
        List<String> command = ServerCommands.of(java.util.Map.of()).forLanguage("c").orElseThrow(
                () -> new IllegalStateException("clangd is not on PATH: installers/scripts/ensure-packages.sh installs it"));
        clangd = ServerConnection.start(command, folder);
    }

    @AfterEach
    void stop() {
        clangd.close();
    }

    @Test
    void diagnosticsOfEachVersionAreMarkersAtTheirPlace() throws Exception {
        URI file = folder.resolve("main.c").toUri();
        LinkedBlockingQueue<ServerConnection.Diagnostics> published = new LinkedBlockingQueue<>();
        clangd.open(file, "c", "int main(void) {\n    return missing;\n}\n", published::add);

        ServerConnection.Diagnostics first = published.poll(30, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.version()).isZero();
        assertThat(first.markers()).extracting(Marker::line, Marker::column, Marker::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 12, Marker.Severity.ERROR));
        assertThat(first.markers().get(0).text()).contains("Use of undeclared identifier 'missing'").contains("clang");

        clangd.change(file, 1, "int main(void) {\n    int unused = 1;\n    return 0;\n}\n");
        ServerConnection.Diagnostics second = published.poll(30, TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.markers()).noneMatch(m -> m.severity() == Marker.Severity.ERROR);
    }

    @Test
    void completesFromTheHeadersTheFileIncludes() throws Exception {
        URI file = folder.resolve("main.c").toUri();
        String text = "#include <stdio.h>\nint main(void) {\n    fpu\n}\n";
        Files.writeString(Path.of(file), text);
        clangd.open(file, "c", text, d -> { });

        CompletableFuture<List<Suggestion>> answer = clangd.complete(file, 2, 7);
        List<Suggestion> suggestions = answer.get(30, TimeUnit.SECONDS);

        assertThat(suggestions).extracting(Suggestion::text).contains("fputs", "fputc");
        assertThat(suggestions).allMatch(s -> s.text().startsWith("fpu"));
        assertThat(suggestions).filteredOn(s -> s.text().equals("fputs")).first()
                .extracting(Suggestion::label).asString().startsWith("fputs(");
    }
}
