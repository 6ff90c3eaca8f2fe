package org.labjudge.node.api.jobe;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.labjudge.node.judge.OutputText;

/**
 * Output as Jobe answers it: text that is UTF-8 as it is; any other keeps every byte, those outside printable
 * ASCII (a control character but newline, tab and carriage return, or a byte above {@code 0x7e}) written as
 * {@code \xhh}, so {@code "\001\300"} arrives as {@code \x01\xc0} rather than as U+FFFD.
 */
final class JobeOutputText implements OutputText {
    static final JobeOutputText RULE = new JobeOutputText();

    private JobeOutputText() {
    }

    @Override
    public String of(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            StringBuilder text = new StringBuilder(bytes.length + 16);
            for (byte b : bytes) {
                int c = b & 0xff;
                boolean kept = c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c <= 0x7e);
                text.append(kept ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
            return text.toString();
        }
    }
}
