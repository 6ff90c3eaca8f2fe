package org.labjudge.node.api.piston;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.labjudge.node.api.JsonObjects;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.SourceFile;

/**
 * Reads a {@code POST /api/v2/execute} body as Piston does (its checks, in its order, with its
 * messages) and turns it into a request of the node's run service: the first file is the program,
 * the others are placed beside it; {@code run_cpu_time}, {@code run_timeout} and
 * {@code run_memory_limit} become the node's CPU time, wall-clock time and memory limits.
 */
final class PistonRequests {
    private static final long BYTES_PER_MB = 1024L * 1024;

    private final ObjectMapper mapper;
    private final PistonRuntimes runtimes;

    PistonRequests(ObjectMapper mapper, PistonRuntimes runtimes) {
        this.mapper = mapper;
        this.runtimes = runtimes;
    }

    /** A request and the runtime it names. */
    record Translated(RunRequest request, PistonRuntime runtime, LanguageInfo language) {}

    Translated translate(byte[] body, Map<String, LanguageInfo> nodeLanguages, Limits max) {
        JsonNode root = JsonObjects.read(mapper, body).orElseThrow(() ->
                new PistonError(400, "the request body must be a JSON object"));
        String language = requiredText(root, "language");
        String version = requiredText(root, "version");
        JsonNode files = root.get("files");
        if (files == null || !files.isArray()) {
            throw new PistonError(400, "files is required as an array");
        }
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).path("content").isTextual()) {
                throw new PistonError(400, "files[" + i + "].content is required as a string");
            }
        }
        PistonRuntime runtime = runtimes.find(language).filter(r -> nodeLanguages.containsKey(r.nodeId()))
                .filter(r -> VersionSelector.matches(version, nodeLanguages.get(r.nodeId()).version()))
                .orElseThrow(() -> new PistonError(400, language + "-" + version + " runtime is unknown"));
        boolean anyUtf8 = false;
        for (JsonNode file : files) {
            anyUtf8 |= !file.hasNonNull("encoding") || file.get("encoding").asText().equals("utf8");
        }
        if (!anyUtf8) {
            throw new PistonError(400, "files must include at least one utf8 encoded file");
        }
        Integer cpuMs = limit(root, "run_cpu_time", max.timeMs());
        Integer wallMs = limit(root, "run_timeout", max.wallTimeMs());
        Long memoryBytes = memory(root, "run_memory_limit", max.memoryMb() * BYTES_PER_MB);
        limit(root, "compile_cpu_time", null); // the compile stage runs under the node's compile limits
        limit(root, "compile_timeout", null);
        memory(root, "compile_memory_limit", null);
        Integer memoryMb = memoryBytes == null ? null : (int) Math.max(1, (memoryBytes + BYTES_PER_MB - 1) / BYTES_PER_MB);
        List<SourceFile> extra = new ArrayList<>();
        for (int i = 1; i < files.size(); i++) {
            JsonNode file = files.get(i);
            String name = file.hasNonNull("name") ? file.get("name").asText() : "file" + i;
            extra.add(new SourceFile(name, content(file, i)));
        }
        String source = files.isEmpty() ? "" : content(files.get(0), 0);
        RunRequest request = new RunRequest(runtime.nodeId(), source, extra, text(root.get("stdin")), args(root),
                new Limits(cpuMs, wallMs, memoryMb, null, null), null, null, false);
        return new Translated(request, runtime, nodeLanguages.get(runtime.nodeId()));
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new PistonError(400, field + " is required as a string");
        }
        return value.asText();
    }

    /**
     * A time limit in milliseconds: absent or 0 leaves the node's default (as Piston skips a
     * falsy value); a number above {@code max} or below 0 is refused in Piston's words.
     */
    private static Integer limit(JsonNode root, String field, Integer max) {
        JsonNode value = root.get(field);
        if (falsy(value)) {
            return null;
        }
        if (!value.isNumber()) {
            throw new PistonError(400, "If specified, " + field + " must be a number");
        }
        if (max != null && value.asDouble() > max) {
            throw new PistonError(400, field + " cannot exceed the configured limit of " + max);
        }
        if (value.asDouble() < 0) {
            throw new PistonError(400, field + " must be non-negative");
        }
        return (int) Math.ceil(value.asDouble());
    }

    /** A memory limit in bytes: absent, 0 or negative (Piston's -1, "no limit") leaves the node's default. */
    private static Long memory(JsonNode root, String field, Long max) {
        JsonNode value = root.get(field);
        if (falsy(value)) {
            return null;
        }
        if (!value.isNumber()) {
            throw new PistonError(400, "If specified, " + field + " must be a number");
        }
        if (value.asDouble() < 0) {
            return null;
        }
        if (max != null && value.asDouble() > max) {
            throw new PistonError(400, field + " cannot exceed the configured limit of " + max);
        }
        return (long) Math.ceil(value.asDouble());
    }

    private static boolean falsy(JsonNode value) {
        return value == null || value.isNull() || (value.isNumber() && value.asDouble() == 0)
                || (value.isBoolean() && !value.asBoolean()) || (value.isTextual() && value.asText().isEmpty());
    }

    private static String content(JsonNode file, int index) {
        String content = file.get("content").asText();
        String encoding = file.hasNonNull("encoding") ? file.get("encoding").asText() : "utf8";
        try {
            return switch (encoding) {
                case "utf8" -> content;
                case "base64" -> new String(Base64.getDecoder().decode(content.replaceAll("\\s", "")),
                        StandardCharsets.UTF_8);
                case "hex" -> new String(HexFormat.of().parseHex(content), StandardCharsets.UTF_8);
                default -> throw new PistonError(400, "files[" + index + "].encoding must be one of base64, hex or utf8");
            };
        } catch (IllegalArgumentException e) {
            throw new PistonError(400, "files[" + index + "].content is not valid " + encoding);
        }
    }

    private static List<String> args(JsonNode root) {
        List<String> args = new ArrayList<>();
        JsonNode value = root.get("args");
        if (value == null || value.isNull()) {
            return args;
        }
        if (!value.isArray()) {
            throw new PistonError(400, "args must be an array");
        }
        value.forEach(arg -> args.add(arg.asText()));
        return args;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }
}
