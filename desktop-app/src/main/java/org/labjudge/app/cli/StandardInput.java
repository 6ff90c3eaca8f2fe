package org.labjudge.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line's standard input, and whether a person types into it. {@code labjudge run} feeds a
 * piped or redirected input to the program, as running it locally would, but does not wait for a
 * terminal's end of input unless asked to ({@code --stdin -}).
 *
 * @param stream the bytes of standard input
 * @param terminal whether it is a terminal
 */
record StandardInput(InputStream stream, boolean terminal) {

    /** This process's standard input. */
    static StandardInput ofProcess() {
        return new StandardInput(System.in, isTerminal());
    }

    /** All of it, as text. */
    String readAll() throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Whether file descriptor 0 is a terminal: on Linux the link in /proc names a tty device; elsewhere Java 17
     * only tells whether stdin and stdout both are ({@code System.console()}).
     */
    private static boolean isTerminal() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            String target = Files.readSymbolicLink(fd0).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
