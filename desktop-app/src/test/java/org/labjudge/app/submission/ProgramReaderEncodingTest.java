package org.labjudge.app.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.editor.TestLanguages;

/**
 * A source file must be UTF-8 (the wire carries text): whether named alone, named with others or found in a
 * folder, one in another encoding is refused with the same message naming the file, never sent garbled.
 */
class ProgramReaderEncodingTest {
    /** "café" in Latin-1: the é is the lone byte 0xE9, not UTF-8. */
    private static final byte[] LATIN_1 = "print('caf\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    @Test
    void aSingleNamedFileNotInUtf8IsRefusedByName() throws Exception {
        Path file = Files.write(dir.resolve("cafe.py"), LATIN_1);

        assertThatThrownBy(() -> ProgramReader.read(List.of(file), TestLanguages.ALL, null))
                .isInstanceOf(ProgramReader.ProgramException.class)
                .hasMessage(file + " is not UTF-8 text");
    }

    @Test
    void oneOfSeveralFilesNotInUtf8IsRefusedWithTheSameMessage() throws Exception {
        Path main = Files.writeString(dir.resolve("main.py"), "import cafe\n");
        Path file = Files.write(dir.resolve("cafe.py"), LATIN_1);

        assertThatThrownBy(() -> ProgramReader.read(List.of(main, file), TestLanguages.ALL, null))
                .isInstanceOf(ProgramReader.ProgramException.class)
                .hasMessage(file + " is not UTF-8 text");
    }

    @Test
    void aSingleUtf8FileIsReadAsItsText() throws Exception {
        Path file = Files.writeString(dir.resolve("cafe.py"), "print('caf\u00e9')\n");

        Program program = ProgramReader.read(List.of(file), TestLanguages.ALL, null);

        assertThat(program.language()).isEqualTo("python");
        assertThat(program.source()).isEqualTo("print('caf\u00e9')\n");
    }

    @Test
    void aGradedSingleFileNotInUtf8IsAStudentWithTheReason() throws Exception {
        Path file = Files.write(dir.resolve("alice.py"), LATIN_1);

        List<Submission> submissions = SubmissionScanner.scan(dir, TestLanguages.ALL);

        assertThat(submissions).hasSize(1);
        assertThat(submissions.get(0).student()).isEqualTo("alice");
        assertThat(submissions.get(0).usable()).isFalse();
        assertThat(submissions.get(0).problem()).isEqualTo(file + " is not UTF-8 text");
    }
}
