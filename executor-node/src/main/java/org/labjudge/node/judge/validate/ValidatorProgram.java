package org.labjudge.node.judge.validate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.labjudge.node.language.Language;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.SourceFile;

/**
 * A request's custom output validator, checked and ready to build: its language, files, recipe, the limits
 * it runs under (complete), and {@code key}, the SHA-256 of its language and files, under which the node
 * keeps its build; {@code interactive} when it runs joined to the program, {@code passes} the most passes of a
 * test (1 unless multi-pass).
 */
public record ValidatorProgram(Language language, List<SourceFile> files, ValidatorRecipe recipe, Limits limits,
                               String key, boolean interactive, int passes) {

    /** Names of the validator's work dir that the node writes itself. */
    static final List<String> RESERVED = List.of("input", "answer", "feedback", FeedbackReport.WRAPPER,
            "validator.stderr", ValidatorRecipe.BINARY, ValidatorBuilder.CLASSES_TAR);

    public ValidatorProgram {
        files = List.copyOf(files);
        if (passes < 1) {
            throw new IllegalArgumentException("a test takes at least one pass");
        }
        if (!limits.complete()) {
            throw new IllegalArgumentException("validator limits must give every value");
        }
    }

    /** The program of {@code files} in {@code language}; an {@link IllegalArgumentException} says why it cannot be built. */
    public static ValidatorProgram of(Language language, List<SourceFile> files, Limits limits) {
        return of(language, files, limits, false, 1);
    }

    /** As {@link #of(Language, List, Limits)}, run interactively or not, with at most {@code passes} per test. */
    public static ValidatorProgram of(Language language, List<SourceFile> files, Limits limits, boolean interactive,
            int passes) {
        for (SourceFile file : files) {
            if (RESERVED.contains(file.name())) {
                throw new IllegalArgumentException("a validator file may not be named '" + file.name()
                        + "': the node uses " + RESERVED + " beside it");
            }
        }
        ValidatorRecipe recipe = ValidatorRecipe.of(language.id(), files);
        return new ValidatorProgram(language, files, recipe, limits, key(language.id(), files), interactive, passes);
    }

    /** The same key for the same language and files in any order; any changed byte or name changes it. */
    static String key(String language, List<SourceFile> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        field(sha, language.getBytes(StandardCharsets.UTF_8));
        for (SourceFile file : files.stream().sorted(Comparator.comparing(SourceFile::name)).toList()) {
            field(sha, file.name().getBytes(StandardCharsets.UTF_8));
            field(sha, file.content().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Length-prefixed, so no two different file lists hash the same bytes. */
    private static void field(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
        sha.update(bytes);
    }
}
