package org.labjudge.node.judge;

import java.nio.charset.StandardCharsets;

/**
 * How a run's output bytes (stdout, stderr, the compiler's) become the text of its answer. The node's own rule is
 * UTF-8, bytes that are not UTF-8 as U+FFFD; a front-end whose peer words them otherwise passes its own rule in
 * {@link RunOptions#outputText()}.
 */
@FunctionalInterface
public interface OutputText {
    /** UTF-8; what is not UTF-8 becomes U+FFFD. */
    OutputText UTF_8 = bytes -> new String(bytes, StandardCharsets.UTF_8);

    String of(byte[] bytes);
}
