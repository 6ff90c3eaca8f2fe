package org.labjudge.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.ValueKind;

/**
 * What LabJudge takes from a package's {@code problem.yaml}: the name, the {@link Limits} and the checker.
 * Both the legacy and the 2023-07 versions of the format are read; keys LabJudge has no use for (credits,
 * license, ...) are ignored so archives import as they are. Interactive and multi-pass problems ({@code type}
 * in 2023-07 on; legacy {@code validation: custom interactive}, and DOMjudge's {@code custom multi-pass}) need
 * their custom validator; a submit-answer problem, which LabJudge cannot judge faithfully, is refused rather
 * than judged by the wrong rule.
 *
 * <p>Limits: {@code time_limit} (seconds, 2023-07; or a DOMjudge {@code .timelimit} file) becomes the CPU
 * time limit and three times that the wall-clock limit; {@code memory} (MiB) and {@code output} (MiB) map
 * directly. The legacy {@code time_multiplier} and {@code time_safety_margin} scale a judge solution's
 * time, which LabJudge does not measure, so without a {@code time_limit} the node's default applies. Without
 * {@code output} the format's 8 MiB applies (the node's maximum still clamps it).
 */
record ProblemYaml(String name, Limits limits, CheckerSpec checker, Validation validation, boolean scoring,
                   boolean legacy) {

    /**
     * How outputs are validated: {@code custom} (legacy {@code validation: custom}, or a 2023-07 package with
     * an {@code output_validator/}), the {@code validator_flags} as written (passed to a custom validator as
     * they are), and the validation limits ({@code validation_time}, {@code validation_memory},
     * {@code validation_output}; values left out are {@code null}); {@code interactive} when the validator
     * runs interactively with the program, {@code passes} the most passes of a multi-pass problem
     * ({@code limits.validation_passes}, the format's 2 when left out), {@code null} for one pass.
     */
    record Validation(boolean custom, String validatorDir, List<String> flags, Limits limits, boolean interactive,
                      Integer passes) {
    }

    /** The format's {@code validation_passes} when a multi-pass package leaves it out. */
    static final int DEFAULT_PASSES = 2;


    /** Wall-clock limit as a multiple of the CPU time limit (the node's own default ratio). */
    static final int WALL_TIME_FACTOR = 3;
    /** The format's typical output limit, 8 MiB, for packages that leave {@code limits.output} out. */
    static final int DEFAULT_OUTPUT_KB = 8 * 1024;

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    static ProblemYaml read(Path dir, String displayDir) throws ProblemPackageException {
        Path file = dir.resolve("problem.yaml");
        String where = displayDir + "/problem.yaml";
        if (!Files.isRegularFile(file)) {
            throw new ProblemPackageException(displayDir + ": not a problem package: no problem.yaml");
        }
        JsonNode root = readMap(file, where);
        refuseUnsupported(root, where);
        String name = name(root.get("name"), where);
        Limits limits = limits(root.get("limits"), dir, where);
        List<String> flags = flags(root.get("validator_flags"), where);
        Validation validation = validation(root, dir, flags, where);
        // A custom validator takes the flags as they are; the default one must understand them.
        CheckerSpec checker = validation.custom() ? CheckerSpec.DEFAULT
                : ValidatorFlags.parse(flags, where + ": validator_flags");
        JsonNode type = root.get("type");
        boolean scoring = type != null && (type.isArray() ? type.toString() : type.asText()).contains("scoring");
        return new ProblemYaml(name, limits, checker, validation, scoring, legacy(root));
    }

    /**
     * Legacy packages (no {@code problem_format_version}, or {@code legacy...}) choose with
     * {@code validation: custom} and keep the validator in {@code output_validators/}; later versions
     * announce one only by providing {@code output_validator/}.
     */
    private static Validation validation(JsonNode root, Path dir, List<String> flags, String where)
            throws ProblemPackageException {
        boolean legacy = legacy(root);
        JsonNode validation = root.get("validation");
        String validationText = validation != null && validation.isTextual()
                ? validation.asText().toLowerCase(Locale.ROOT) : "";
        String typeText = typeText(root);
        boolean interactive = validationText.contains("interactive") || typeText.contains("interactive");
        boolean multiPass = validationText.contains("multi-pass") || typeText.contains("multi-pass");
        boolean custom;
        String folder;
        if (legacy) {
            custom = validation != null && validation.isTextual()
                    && validation.asText().strip().toLowerCase(Locale.ROOT).startsWith("custom");
            folder = "output_validators";
        } else {
            folder = "output_validator";
            custom = Files.isDirectory(dir.resolve(folder)) && !isEmpty(dir.resolve(folder));
        }
        if (!custom) {
            if (interactive || multiPass) {
                throw new ProblemPackageException(where + ": an " + (interactive ? "interactive" : "multi-pass")
                        + " problem needs its output validator in " + folder + "/, and there is none");
            }
            return new Validation(false, null, flags, Limits.NONE, false, null);
        }
        Integer passes = multiPass ? passes(root.get("limits"), where) : null;
        return new Validation(true, folder, flags, validationLimits(root.get("limits"), where), interactive, passes);
    }

    /** {@code limits.validation_passes} of a multi-pass problem: an integer from 2, the format's 2 when left out. */
    private static Integer passes(JsonNode limits, String where) throws ProblemPackageException {
        JsonNode value = limits == null || !limits.isObject() ? null : limits.get("validation_passes");
        if (value == null || value.isNull()) {
            return DEFAULT_PASSES;
        }
        if (!value.isIntegralNumber() || value.asInt() < 2 || value.asInt() > ValidatorSpec.MAX_PASSES) {
            throw new ProblemPackageException(where + ": limits.validation_passes: expected an integer from 2 to "
                    + ValidatorSpec.MAX_PASSES + ", got " + describe(value));
        }
        return value.asInt();
    }

    /** The {@code type} as one lower-case text (a list's elements joined), empty when left out. */
    private static String typeText(JsonNode root) {
        JsonNode type = root.get("type");
        if (type == null || type.isNull()) {
            return "";
        }
        return (type.isArray() ? type.toString() : type.asText()).toLowerCase(Locale.ROOT);
    }

    /** The YAML map in {@code file} (an empty one for an empty file); {@code where} names it in errors. */
    static JsonNode readMap(Path file, String where) throws ProblemPackageException {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ": ";
            throw new ProblemPackageException(where + ": " + line + "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProblemPackageException(where + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = YAML.createObjectNode();
        }
        if (!root.isObject()) {
            throw new ProblemPackageException(where + ": expected a map of keys, got " + kind(root));
        }
        return root;
    }

    /** Whether the package is in the legacy format (no {@code problem_format_version}, or {@code legacy...}). */
    private static boolean legacy(JsonNode root) {
        JsonNode version = root.get("problem_format_version");
        return version == null || version.isNull() || version.asText().startsWith("legacy");
    }

    private static Limits validationLimits(JsonNode node, String where) throws ProblemPackageException {
        if (node == null || !node.isObject()) {
            return Limits.NONE;
        }
        Double seconds = positiveNumber(node, "validation_time", where);
        Double memory = positiveNumber(node, "validation_memory", where);
        Double output = positiveNumber(node, "validation_output", where);
        Integer timeMs = seconds == null ? null : (int) Math.ceil(seconds * 1000);
        return new Limits(timeMs, timeMs == null ? null : timeMs * WALL_TIME_FACTOR,
                memory == null ? null : (int) Math.ceil(memory),
                output == null ? null : (int) Math.ceil(output * 1024), null);
    }

    private static void refuseUnsupported(JsonNode root, String where) throws ProblemPackageException {
        if (typeText(root).contains("submit-answer")) {
            throw new ProblemPackageException(where + ": type: submit-answer problems are not supported:"
                    + " LabJudge judges a program's output on each test");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    /** A string, or a map from language code to string (English preferred, else the first). */
    private static String name(JsonNode node, String where) throws ProblemPackageException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText().strip();
        }
        if (node.isObject()) {
            JsonNode english = node.get("en");
            if (english != null && english.isValueNode()) {
                return english.asText().strip();
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            if (fields.hasNext()) {
                Map.Entry<String, JsonNode> first = fields.next();
                if (first.getValue().isValueNode()) {
                    return first.getValue().asText().strip();
                }
                throw new ProblemPackageException(where + ": name." + first.getKey() + ": expected text, got "
                        + kind(first.getValue()));
            }
            return null;
        }
        throw new ProblemPackageException(where + ": name: expected text or a map of languages to text, got "
                + kind(node));
    }

    private static Limits limits(JsonNode node, Path dir, String where) throws ProblemPackageException {
        Double timeLimitSeconds = null;
        Integer memoryMb = null;
        Integer outputKb = null;
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                throw new ProblemPackageException(where + ": limits: expected a map, got " + kind(node));
            }
            timeLimitSeconds = positiveNumber(node, "time_limit", where);
            Double memory = positiveNumber(node, "memory", where);
            memoryMb = memory == null ? null : (int) Math.ceil(memory);
            Double output = positiveNumber(node, "output", where);
            outputKb = output == null ? null : (int) Math.ceil(output * 1024);
            // Checked so a typo is reported, though LabJudge cannot use them (see the class comment).
            for (String other : List.of("time_multiplier", "time_safety_margin", "time_multipliers",
                    "code", "compilation_time", "compilation_memory", "validation_time", "validation_memory",
                    "validation_output", "validation_passes")) {
                if (node.has(other) && !node.get(other).isObject()) {
                    positiveNumber(node, other, where);
                }
            }
        }
        if (timeLimitSeconds == null) {
            timeLimitSeconds = timelimitFile(dir);
        }
        Integer timeMs = timeLimitSeconds == null ? null : (int) Math.ceil(timeLimitSeconds * 1000);
        Integer wallTimeMs = timeMs == null ? null : timeMs * WALL_TIME_FACTOR;
        // The format's output limit when the package states none, not the node's (smaller) default.
        return new Limits(timeMs, wallTimeMs, memoryMb, outputKb == null ? DEFAULT_OUTPUT_KB : outputKb, null);
    }

    private static Double positiveNumber(JsonNode limits, String key, String where) throws ProblemPackageException {
        JsonNode value = limits.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        double number;
        if (value.isNumber()) {
            number = value.asDouble();
        } else {
            throw new ProblemPackageException(where + ": limits." + key + ": expected a positive number, got "
                    + describe(value));
        }
        if (!(number > 0) || !Double.isFinite(number)) {
            throw new ProblemPackageException(where + ": limits." + key + ": expected a positive number, got "
                    + describe(value));
        }
        return number;
    }

    /** DOMjudge's {@code .timelimit}: one number of seconds. */
    private static Double timelimitFile(Path dir) throws ProblemPackageException {
        Path file = dir.resolve(".timelimit");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file).strip();
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && Double.isFinite(seconds)) {
                return seconds;
            }
            throw new NumberFormatException();
        } catch (IOException | NumberFormatException e) {
            throw new ProblemPackageException(dir.getFileName() + "/.timelimit: expected a positive number of seconds");
        }
    }

    /** A string split at whitespace, or a list of strings. */
    static List<String> flags(JsonNode node, String where) throws ProblemPackageException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            String text = node.asText().strip();
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
        }
        if (node.isArray()) {
            List<String> flags = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isValueNode()) {
                    throw new ProblemPackageException(where + ": validator_flags: expected text, got " + kind(element));
                }
                flags.add(element.asText());
            }
            return flags;
        }
        throw new ProblemPackageException(where + ": validator_flags: expected text, got " + kind(node));
    }

    private static String describe(JsonNode value) {
        return value.isValueNode() ? "'" + value.asText() + "'" : kind(value);
    }

    private static String kind(JsonNode node) {
        return ValueKind.of(node, "a map");
    }
}
