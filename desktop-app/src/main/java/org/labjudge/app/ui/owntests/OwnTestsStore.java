package org.labjudge.app.ui.owntests;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.labjudge.app.ui.data.JsonFile;
import org.labjudge.problem.ProblemPackage;

/**
 * Keeps each problem's own tests in the user's data folder ({@code tests/<problem id>-<hash>.json}), never inside
 * the package (which may be read-only, shared, or replaced by a newer copy). The hash of the package's folder
 * keeps two packages with the same id apart.
 */
public final class OwnTestsStore {

    private final Path dir;

    public OwnTestsStore(Path dataDir) {
        this.dir = dataDir.resolve("tests");
    }

    public List<OwnTest> load(ProblemPackage problem) {
        return file(problem).read().map(List::copyOf).orElse(List.of());
    }

    public void save(ProblemPackage problem, List<OwnTest> tests) throws IOException {
        file(problem).write(List.copyOf(tests));
    }

    /** Where {@code problem}'s own tests are kept. */
    public Path path(ProblemPackage problem) {
        return file(problem).path();
    }

    private JsonFile<List<OwnTest>> file(ProblemPackage problem) {
        String where = problem.directory() == null ? "" : problem.directory().toAbsolutePath().normalize().toString();
        String hash = HexFormat.of().formatHex(java.util.Arrays.copyOf(sha256(where), 4));
        String safeId = problem.id().replaceAll("[^A-Za-z0-9._-]", "_");
        return new JsonFile<>(dir.resolve(safeId + "-" + hash + ".json"), new TypeReference<>() { });
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
