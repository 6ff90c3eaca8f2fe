package org.labjudge.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a package's text files strictly as UTF-8 (the format requires it), so a wrong encoding is named
 * rather than garbled into wrong test data.
 */
final class TextFiles {

    private TextFiles() {
    }

    /** A text file as UTF-8 (a byte order mark dropped); anything else is an error naming the file. */
    static String readUtf8(Path file, String display) throws ProblemPackageException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ProblemPackageException(display + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ProblemPackageException(display + ": cannot read: " + e.getMessage(), e);
        }
    }
}
