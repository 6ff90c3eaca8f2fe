package org.labjudge.app.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.TestResult;

/**
 * Judgements kept on disk, per submission and per test ({@link CacheKeys} says what each key covers): a
 * submission's {@link CompiledRun} under {@code runs/}, each test's result under {@code tests/}. A rerun sends
 * a submission only the tests whose result is not kept, and a grade that was interrupted finds every test it
 * finished, since each result is written as the node streams it. One JSON file per entry, written to a
 * temporary file and moved into place, so a crash leaves no half-written entry; an unreadable entry is judged
 * again.
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

    /** No cache: every test is judged. */
    public static ResultCache none() {
        return new ResultCache(null);
    }

    /** The default place: {@code $XDG_CACHE_HOME/labjudge/grades}, else {@code ~/.cache/labjudge/grades}. */
    public static Path defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("labjudge").resolve("grades");
    }

    /** The run kept under submission key {@code key}. */
    public Optional<CompiledRun> run(String key) {
        return read("runs", key, CompiledRun.class);
    }

    public void putRun(String key, CompiledRun run) {
        write("runs", key, run);
    }

    /** The test result kept under test key {@code key}. */
    public Optional<TestResult> test(String key) {
        return read("tests", key, TestResult.class);
    }

    public void putTest(String key, TestResult result) {
        write("tests", key, result);
    }

    /** Where the results are kept; {@code null} for {@link #none()}. */
    public Path dir() {
        return dir;
    }

    private <T> Optional<T> read(String kind, String key, Class<T> type) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = fileOf(kind, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(mapper, Files.readAllBytes(file), type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: judge it again, and the new result replaces it
        }
    }

    private void write(String kind, String key, Object value) {
        if (dir == null) {
            return;
        }
        try {
            Path file = fileOf(kind, key);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), key, ".tmp");
            Files.writeString(temp, Json.write(mapper, value), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a result in " + dir, e);
        }
    }

    private Path fileOf(String kind, String key) {
        return dir.resolve(kind).resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
