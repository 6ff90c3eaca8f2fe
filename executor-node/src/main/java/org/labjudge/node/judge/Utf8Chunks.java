package org.labjudge.node.judge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a stream's chunks of bytes into text as they come: a character split between two chunks waits for its
 * second half instead of becoming two replacement characters. Bytes that are not UTF-8 become U+FFFD.
 */
final class Utf8Chunks {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer left = ByteBuffer.allocate(0);

    /** The text of {@code chunk}, less an unfinished character at its end (kept for the next chunk). */
    String decode(byte[] chunk) {
        ByteBuffer in = ByteBuffer.allocate(left.remaining() + chunk.length);
        in.put(left).put(chunk).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        left = in.slice();
        return out.flip().toString();
    }

    /** What is left at the end of the stream: an unfinished character, as U+FFFD. */
    String finish() {
        CharBuffer out = CharBuffer.allocate(left.remaining() + 2);
        decoder.decode(left, out, true);
        decoder.flush(out);
        left = ByteBuffer.allocate(0);
        return out.flip().toString();
    }
}
