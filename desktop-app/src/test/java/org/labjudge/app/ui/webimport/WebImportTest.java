package org.labjudge.app.ui.webimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The receiver follows the settings' port: a port another tool holds is reported, 0 and closing stop it. */
class WebImportTest {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final WebImport web = new WebImport(new ImportModel(Runnable::run), Runnable::run, errors::add);

    @Test
    void aPortAnotherToolHoldsIsReportedInWords() throws IOException {
        try (ServerSocket cph = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            web.listenOn(cph.getLocalPort());

            assertThat(web.port()).isEmpty();
            assertThat(errors).singleElement().asString()
                    .startsWith("Cannot receive problems from Competitive Companion on port " + cph.getLocalPort())
                    .endsWith("another tool may use it; choose a port in Settings.");
        }
    }

    @Test
    void itMovesToANewPortAndStopsForZeroAndOnClose() throws IOException {
        int first = freePort();
        web.listenOn(first);
        assertThat(web.port()).hasValue(first);
        new Socket(InetAddress.getLoopbackAddress(), first).close();

        web.listenOn(0);
        assertThat(web.port()).isEmpty();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), first)).isInstanceOf(ConnectException.class);

        int second = freePort();
        web.listenOn(second);
        assertThat(web.port()).hasValue(second);
        web.close();
        web.listenOn(second);
        assertThat(web.port()).isEmpty();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), second)).isInstanceOf(ConnectException.class);
        assertThat(errors).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
