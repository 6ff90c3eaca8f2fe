package org.labjudge.node.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labjudge.node.testing.LoadAverage;
import org.labjudge.protocol.Json;

/**
 * What the soak keeps of a run that went wrong or was lost, in its output folder: the request, the answer (or
 * why there was none), the load, and the lines its node logged while the run was in flight (plus a few before),
 * cut from the node's whole log, which the soak keeps beside them.
 */
final class SoakEvidence {
    /** Log read before the run's start: what the node was doing as it came in. */
    private static final int BEFORE_BYTES = 8 * 1024;
    /** At most this much log per run: a flood of lines must not fill the disk. */
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Path folder;
    private final ObjectMapper json = Json.newMapper();

    SoakEvidence(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    Path folder() {
        return folder;
    }

    /** The whole log of node {@code number}, kept for the whole soak. */
    Path nodeLog(int number) {
        return folder.resolve("node-" + number + ".log");
    }

    /** Where the node's log ends now: a run's lines start after it. */
    static long mark(Path log) {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Saves one run's evidence as {@code name}.json and {@code name}.log and returns the json's path.
     *
     * @param answer the node's answer as it came (a RunResult's JSON, or an HTTP error's body), null if none
     * @param logFrom {@link #mark} of the node's log when the run was posted
     */
    Path save(String name, String where, SoakCase soakCase, String problem, Object request, int status, String answer,
            Path log, long logFrom) {
        try {
            ObjectNode record = json.createObjectNode();
            record.put("where", where);
            record.put("case", soakCase.describe());
            record.put("problem", problem);
            record.put("load", LoadAverage.now());
            record.set("request", json.valueToTree(request));
            record.put("status", status);
            if (answer != null) {
                try {
                    record.set("answer", json.readTree(answer));
                } catch (IOException notJson) {
                    record.put("answer", answer);
                }
            }
            Path file = folder.resolve(name + ".json");
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(record));
            Files.write(folder.resolve(name + ".log"), slice(log, Math.max(0, logFrom - BEFORE_BYTES)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] slice(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = Math.min(file.length() - from, MAX_BYTES);
            byte[] bytes = new byte[(int) Math.max(0, length)];
            file.seek(from);
            file.readFully(bytes);
            return bytes;
        }
    }
}
