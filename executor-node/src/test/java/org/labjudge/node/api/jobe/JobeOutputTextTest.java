package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Jobe's rule for output bytes: UTF-8 text as it is, any other with each byte outside printable ASCII as \xhh. */
class JobeOutputTextTest {
    @Test
    void utf8TextIsKeptAsItIsControlCharactersIncluded() {
        String text = "Un r\u00f4le \u2713\n\u0001\t";
        assertThat(JobeOutputText.RULE.of(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void otherBytesAreKeptOneByOneThoseOutsidePrintableAsciiEscaped() {
        byte[] bytes = {'H', 'i', '\n', 1, 6, (byte) 0xc0, (byte) 0xc9, '\r', '\t', 0x7f, '~', '\n'};
        assertThat(JobeOutputText.RULE.of(bytes)).isEqualTo("Hi\n\\x01\\x06\\xc0\\xc9\r\t\\x7f~\n");
    }
}
