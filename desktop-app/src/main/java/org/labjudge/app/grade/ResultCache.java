package org.labjudge.app.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * Judgements kept on disk by the SHA-256 of their whole request (source, files, language, tests with their
 * input and answers, limits, checker, validator, scoring): a rerun finds every submission whose code and
 * problem are unchanged and sends only the rest, and a grade that was interrupted finds what it finished,
 * since each result is written as it arrives. One JSON file per result, written to a temporary file and
 * moved into place, so a crash leaves no half-written entry; an unreadable entry is judged again.
 */
public final class ResultCache {

    private final Path dir;
    private final ObjectMapper mapper = Json.newMapper();

    private ResultCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (made when the first result is kept). */
    public static ResultCache in(Path dir) {
        return new ResultCache(dir);
    }

    /** No cache: every submission is judged. */
    public static ResultCache none() {
        return new ResultCache(null);
    }

    /** The default place: {@code $XDG_CACHE_HOME/labjudge/grades}, else {@code ~/.cache/labjudge/grades}. */
    public static Path defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("labjudge").resolve("grades");
    }

    public String key(RunRequest request) {
        try {
            byte[] json = Json.write(mapper, request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public Optional<RunResult> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(mapper, Files.readAllBytes(file), RunResult.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: judge it again, and the new result replaces it
        }
    }

    public void put(String key, RunResult result) {
        if (dir == null) {
            return;
        }
        try {
            Path file = fileOf(key);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), key, ".tmp");
            Files.writeString(temp, Json.write(mapper, result), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a result in " + dir, e);
        }
    }

    /** Where the results are kept; {@code null} for {@link #none()}. */
    public Path dir() {
        return dir;
    }

    private Path fileOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
