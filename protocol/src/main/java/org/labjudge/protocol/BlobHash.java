package org.labjudge.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The name of a blob in a node's content-addressed store: the SHA-256 of its bytes, 64 lowercase hex digits. The
 * client that uploads and the node that verifies hash the same way, here; text (a test's input, a validator's
 * file) is hashed as its UTF-8 bytes.
 */
public final class BlobHash {
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private BlobHash() {
    }

    /** The hash of {@code bytes}. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hash of {@code text}'s UTF-8 bytes. */
    public static String ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code hash} is a well-formed blob name (64 lowercase hex digits). */
    public static boolean isValid(String hash) {
        return hash != null && HEX_SHA256.matcher(hash).matches();
    }

    /** A new SHA-256 digest, for hashing a stream as it is read. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e); // every JVM must have it
        }
    }
}
