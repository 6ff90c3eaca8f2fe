package org.labjudge.node.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import org.labjudge.node.judge.RunOptions;

/**
 * Checks {@code Authorization: Bearer <token>} against the configured tokens. Only SHA-256
 * digests are kept and compared with {@link MessageDigest#isEqual}, against every token without
 * stopping early, so neither a token's content nor its length shows in the answer time.
 */
final class BearerAuth {

    /** What a request's {@code Authorization} header amounts to. */
    enum Outcome {
        /** Auth is off, or the token is one of the configured ones. */
        ACCEPTED,
        /** No header, or not a bearer token. */
        MISSING,
        /** A bearer token that is not configured. */
        WRONG
    }

    private static final String SCHEME = "bearer";

    private final List<byte[]> digests;

    BearerAuth(List<String> tokens) {
        this.digests = tokens.stream().map(BearerAuth::sha256).toList();
    }

    /** Whether any token is configured; without one every request is accepted. */
    boolean enabled() {
        return !digests.isEmpty();
    }

    /** The outcome for an {@code Authorization} header value ({@code null} when absent). */
    Outcome check(String authorization) {
        return checkToken(bearerToken(authorization));
    }

    /** The outcome for a bare token, as a header like Jobe's {@code X-API-KEY} carries it ({@code null} when absent). */
    Outcome checkToken(String token) {
        if (!enabled()) {
            return Outcome.ACCEPTED;
        }
        if (token != null) {
            token = token.strip();
        }
        if (token == null || token.isEmpty()) {
            return Outcome.MISSING;
        }
        byte[] presented = sha256(token);
        boolean match = false;
        for (byte[] digest : digests) {
            match |= MessageDigest.isEqual(digest, presented);
        }
        return match ? Outcome.ACCEPTED : Outcome.WRONG;
    }

    /**
     * The client an accepted token names: {@code token-N} for the N-th configured token,
     * {@link org.labjudge.node.judge.RunOptions#ANONYMOUS} with auth off or no match.
     */
    String client(String token) {
        if (token == null || !enabled()) {
            return RunOptions.ANONYMOUS;
        }
        byte[] presented = sha256(token.strip());
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), presented)) {
                return "token-" + (i + 1);
            }
        }
        return RunOptions.ANONYMOUS;
    }

    /** {@link #client(String)} of an {@code Authorization} header's bearer token. */
    String clientOfHeader(String authorization) {
        return client(bearerToken(authorization));
    }

    /** The token of a {@code Bearer} header (scheme case-insensitive), or {@code null}. */
    private static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() <= SCHEME.length()
                || !value.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)
                || !Character.isWhitespace(value.charAt(SCHEME.length()))) {
            return null;
        }
        String token = value.substring(SCHEME.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
