package org.labjudge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.VerdictAggregation;

/**
 * What a test data folder's {@code testdata.yaml} says, each key inherited from the nearest ancestor folder
 * that gives it (up to {@code data/}), as the legacy format states; the 2023-07 draft's keys are read too.
 *
 * <p>Legacy: {@code on_reject} ({@code break}/{@code continue}), {@code accept_score}, {@code reject_score},
 * {@code range} ("A B": B is the group's maximum), {@code grader_flags} (the default grader's: score modes
 * {@code sum}, {@code avg}, {@code min}, {@code max} and verdict modes {@code worst_error}, {@code first_error},
 * {@code always_accept}, the last of each kind winning; {@code accept_if_any_accepted}; {@code ignore_sample},
 * in {@code data/} only), {@code output_validator_flags}. 2023-07 draft: {@code grading} with {@code score},
 * {@code max_score}, {@code aggregation}; {@code output_validator_flags}.
 *
 * @param continueOnReject whether a group's tests go on after one fails ({@code null}: not given)
 * @param aggregation how the folder's scores combine ({@code null}: not given)
 * @param verdictAggregation how the folder's verdicts combine ({@code null}: no {@code grader_flags} given;
 *                           given without a verdict mode, the grader's default {@code worst_error})
 * @param acceptIfAnyAccepted whether one passed test accepts the group ({@code null}: no {@code grader_flags})
 * @param validatorFlags extra validator flags of the folder's tests (given by this folder or inherited)
 */
record GroupConfig(Boolean continueOnReject, Double acceptScore, Double rejectScore, Double maxScore,
                   ScoreAggregation aggregation, VerdictAggregation verdictAggregation, Boolean acceptIfAnyAccepted,
                   List<String> validatorFlags) {

    static final GroupConfig NONE = new GroupConfig(null, null, null, null, null, null, null, List.of());

    GroupConfig {
        validatorFlags = List.copyOf(validatorFlags);
    }

    /** Reads and caches each folder's configuration below {@code data/}. */
    static final class Reader {
        private final Path data;
        private final String display;
        private final Map<String, GroupConfig> byFolder = new HashMap<>();

        Reader(Path data, String display) {
            this.data = data;
            this.display = display;
        }

        /** The configuration of {@code folder}, a path below {@code data/} ({@code ""}, {@code "secret/g1"}). */
        GroupConfig of(String folder) throws ProblemPackageException {
            GroupConfig known = byFolder.get(folder);
            if (known != null) {
                return known;
            }
            GroupConfig parent = folder.isEmpty() ? NONE : of(folder.contains("/")
                    ? folder.substring(0, folder.lastIndexOf('/')) : "");
            Path file = data.resolve(folder).resolve("testdata.yaml");
            GroupConfig config = Files.isRegularFile(file)
                    ? parent.with(read(file, display + "/data/" + (folder.isEmpty() ? "" : folder + "/")
                            + "testdata.yaml", folder.isEmpty()))
                    : parent;
            byFolder.put(folder, config);
            return config;
        }
    }

    /** This configuration with every key {@code own} gives replaced. */
    private GroupConfig with(GroupConfig own) {
        return new GroupConfig(
                own.continueOnReject != null ? own.continueOnReject : continueOnReject,
                own.acceptScore != null ? own.acceptScore : acceptScore,
                own.rejectScore != null ? own.rejectScore : rejectScore,
                own.maxScore != null ? own.maxScore : maxScore,
                own.aggregation != null ? own.aggregation : aggregation,
                // grader_flags is one key: a folder that gives it sets its score and verdict modes alike.
                own.verdictAggregation != null ? own.verdictAggregation : verdictAggregation,
                own.acceptIfAnyAccepted != null ? own.acceptIfAnyAccepted : acceptIfAnyAccepted,
                own.validatorFlags.isEmpty() ? validatorFlags : own.validatorFlags);
    }

    private static GroupConfig read(Path file, String where, boolean root) throws ProblemPackageException {
        JsonNode yaml = ProblemYaml.readMap(file, where);
        Boolean continueOnReject = null;
        JsonNode onReject = yaml.get("on_reject");
        if (onReject != null) {
            switch (onReject.asText()) {
                case "break" -> continueOnReject = false;
                case "continue" -> continueOnReject = true;
                default -> throw new ProblemPackageException(where + ": on_reject: expected break or continue, got '"
                        + onReject.asText() + "'");
            }
        }
        Double accept = number(yaml, "accept_score", where);
        Double reject = number(yaml, "reject_score", where);
        Double max = range(yaml.get("range"), where);
        JsonNode grading = yaml.get("grading");
        if (grading != null && grading.isTextual() && grading.asText().equals("custom")) {
            throw new ProblemPackageException(where + ": grading: custom: LabJudge has the default grader only");
        }
        ScoreAggregation aggregation = null;
        VerdictAggregation verdicts = null;
        Boolean acceptIfAny = null;
        if (yaml.get("grader_flags") != null && !yaml.get("grader_flags").isNull()) {
            // One key: what its string leaves out takes the grader's defaults, not the parent's flags.
            aggregation = ScoreAggregation.SUM;
            verdicts = VerdictAggregation.WORST_ERROR;
            acceptIfAny = false;
        }
        for (String flag : ProblemYaml.flags(yaml.get("grader_flags"), where)) {
            switch (flag) {
                case "sum" -> aggregation = ScoreAggregation.SUM;
                case "avg" -> aggregation = ScoreAggregation.AVG;
                case "min" -> aggregation = ScoreAggregation.MIN;
                case "max" -> aggregation = ScoreAggregation.MAX;
                case "worst_error" -> verdicts = VerdictAggregation.WORST_ERROR;
                case "first_error" -> verdicts = VerdictAggregation.FIRST_ERROR;
                case "always_accept" -> verdicts = VerdictAggregation.ALWAYS_ACCEPT;
                case "accept_if_any_accepted" -> acceptIfAny = true;
                case "ignore_sample" -> {
                    // What LabJudge always does: samples are judged, never scored, and the run's verdict is
                    // secret's. The format allows the flag at the top level only.
                    if (!root) {
                        throw new ProblemPackageException(where + ": grader_flags: ignore_sample is only allowed"
                                + " in data/testdata.yaml");
                    }
                }
                default -> throw new ProblemPackageException(where + ": grader_flags: unknown flag '" + flag
                        + "', expected sum, avg, min, max, worst_error, first_error, always_accept,"
                        + " accept_if_any_accepted or ignore_sample");
            }
        }
        if (grading != null && grading.isObject()) {
            Double score = number(grading, "score", where + ": grading");
            accept = score != null ? score : accept;
            Double maxScore = number(grading, "max_score", where + ": grading");
            max = maxScore != null ? maxScore : max;
            JsonNode how = grading.get("aggregation");
            if (how != null) {
                aggregation = switch (how.asText()) {
                    case "sum" -> ScoreAggregation.SUM;
                    case "min" -> ScoreAggregation.MIN;
                    default -> throw new ProblemPackageException(where + ": grading.aggregation: expected sum or"
                            + " min, got '" + how.asText() + "'");
                };
            }
        }
        List<String> flags = new ArrayList<>(ProblemYaml.flags(yaml.get("output_validator_flags"), where));
        return new GroupConfig(continueOnReject, accept, reject, max, aggregation, verdicts, acceptIfAny, flags);
    }

    private static Double number(JsonNode node, String key, String where) throws ProblemPackageException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText().strip());
        } catch (NumberFormatException e) {
            throw new ProblemPackageException(where + ": " + key + ": expected a number, got '" + value.asText() + "'");
        }
    }

    /** The upper end of {@code "A B"}, {@code null} when unbounded or not given. */
    private static Double range(JsonNode node, String where) throws ProblemPackageException {
        if (node == null || node.isNull()) {
            return null;
        }
        String[] parts = node.asText().strip().split("\\s+");
        if (parts.length != 2) {
            throw new ProblemPackageException(where + ": range: expected two numbers, got '" + node.asText() + "'");
        }
        String upper = parts[1].replace("+", "");
        if (upper.equals("inf")) {
            return null;
        }
        try {
            return Double.parseDouble(upper);
        } catch (NumberFormatException e) {
            throw new ProblemPackageException(where + ": range: expected two numbers, got '" + node.asText() + "'");
        }
    }
}
