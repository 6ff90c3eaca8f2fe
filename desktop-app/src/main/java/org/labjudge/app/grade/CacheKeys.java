package org.labjudge.app.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;

/**
 * The keys of the {@link ResultCache}, SHA-256 hex of what decides a result.
 *
 * <p>A submission's key (its compile and every test's result) covers the whole request but its tests and
 * scoring: language, source and extra files, stdin and arguments, limits, the node-side checker and the custom
 * validator's files and limits; a change to any of them judges every test again. A test's key adds that
 * test's own data to its submission's key: name, input, answer, validator flags, its group's checker, and the
 * flags of the group that scores it (name, accept and reject score, on_reject). A group's aggregation and
 * maximum and the total's aggregation are not in any key: they are recomputed from the tests' results
 * ({@link org.labjudge.protocol.score.ScoreSheet}), so a teacher who changes one test file or one group's
 * weight regrades only that test, or nothing.
 */
public final class CacheKeys {

    /** Changes when what is kept under a key changes, so entries of an older layout are never read. */
    static final String LAYOUT = "labjudge-grade-cache/2";

    private final ObjectMapper mapper = Json.newMapper();

    /** The key of {@code request}'s submission (everything but its tests and scoring). */
    public String submission(RunRequest request) {
        return hash(new SubmissionPart(LAYOUT, request.withTests(List.of()).withScoring(null)));
    }

    /**
     * The key of {@code test}'s result in the submission keyed {@code submission}, scored by {@code group}
     * ({@code null}: a test in no group, or a pass/fail problem).
     */
    public String test(String submission, TestCase test, TestGroup group) {
        GroupFlags flags = group == null ? null
                : new GroupFlags(group.name(), group.continueOnReject(), group.acceptScore(), group.rejectScore());
        return hash(new TestPart(LAYOUT, submission, test, flags));
    }

    private String hash(Object value) {
        try {
            byte[] json = Json.write(mapper, value).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record SubmissionPart(String layout, RunRequest request) {
    }

    private record TestPart(String layout, String submission, TestCase test, GroupFlags group) {
    }

    /** What of a group decides one test's result and score. */
    private record GroupFlags(String name, boolean continueOnReject, double acceptScore, double rejectScore) {
    }
}
