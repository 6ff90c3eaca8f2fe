package org.labjudge.app.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much each test group of a pass/fail problem is worth, so partial credit is a number. A group is a test
 * data folder below {@code data/} ({@code sample}, {@code secret}, {@code secret/a}); a test belongs to the
 * deepest folder named here that holds it, and a group scores its weight times the share of its tests passed.
 * Folders not named weigh 0. Read from a grading file beside the package ({@code <package>.grading.yaml}:
 * {@code weights: {secret/a: 40, secret/b: 60}}), else from the groups' own {@code testdata.yaml} scores
 * ({@code range: "0 40"} or {@code grading: {max_score: 40}}), else every test weighs 1.
 *
 * @param byFolder weight per folder; empty: every test weighs 1
 * @param source where the weights came from, for the report
 */
public record GroupWeights(Map<String, Double> byFolder, String source) {

    public static final GroupWeights EQUAL = new GroupWeights(Map.of(), "every test weighs 1");

    public GroupWeights {
        byFolder = Map.copyOf(byFolder);
    }

    /** The grading file that goes with the package in {@code problemDir}. */
    public static Path gradingFileOf(Path problemDir) {
        Path dir = problemDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".grading.yaml");
    }

    /** The weights for the package in {@code problemDir}: its grading file, else its testdata.yaml scores. */
    public static GroupWeights of(Path problemDir) throws IOException {
        Path file = gradingFileOf(problemDir);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        return fromTestData(problemDir);
    }

    /** Reads a grading file: a map {@code weights} from folder to a number. */
    public static GroupWeights read(Path file) throws IOException {
        JsonNode weights = yaml().readTree(file.toFile()).path("weights");
        if (!weights.isObject()) {
            throw new IOException(file + ": expected a map 'weights' from test folder (secret/a) to a number");
        }
        Map<String, Double> byFolder = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isNumber() || entry.getValue().asDouble() < 0) {
                throw new IOException(file + ": weights." + entry.getKey() + ": expected a number >= 0, got '"
                        + entry.getValue().asText() + "'");
            }
            byFolder.put(strip(entry.getKey()), entry.getValue().asDouble());
        }
        // Its name, not its path: the report goes to students and other machines, the teacher's folders need not.
        return new GroupWeights(byFolder, file.getFileName().toString());
    }

    private static GroupWeights fromTestData(Path problemDir) throws IOException {
        Path secret = problemDir.resolve("data").resolve("secret");
        Map<String, Double> byFolder = new LinkedHashMap<>();
        if (Files.isDirectory(secret)) {
            try (var folders = Files.walk(secret)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    Path yaml = folder.resolve("testdata.yaml");
                    if (Files.isRegularFile(yaml)) {
                        maxScore(readYaml(yaml)).ifPresent(max -> byFolder.put(
                                problemDir.resolve("data").relativize(folder).toString().replace('\\', '/'), max));
                    }
                }
            }
        }
        return byFolder.isEmpty() ? EQUAL
                : new GroupWeights(byFolder, "the scores in " + problemDir.getFileName() + "'s testdata.yaml files");
    }

    private static JsonNode readYaml(Path file) throws IOException {
        JsonNode root = yaml().readTree(file.toFile());
        return root == null ? yaml().createObjectNode() : root;
    }

    /** The upper end of {@code range: "A B"}, or {@code grading.max_score}. */
    private static Optional<Double> maxScore(JsonNode root) {
        JsonNode max = root.path("grading").path("max_score");
        if (max.isNumber()) {
            return Optional.of(max.asDouble());
        }
        String[] range = root.path("range").asText("").strip().split("\\s+");
        if (range.length == 2) {
            try {
                return Optional.of(Double.parseDouble(range[1]));
            } catch (NumberFormatException e) {
                return Optional.empty(); // "0 inf": no bound, no weight
            }
        }
        return Optional.empty();
    }

    /** The group a test belongs to ({@code secret/a/3} -> {@code secret/a}); empty when it weighs nothing. */
    public Optional<String> groupOf(String testName) {
        String folder = testName.contains("/") ? testName.substring(0, testName.lastIndexOf('/')) : "";
        if (byFolder.isEmpty()) {
            return Optional.of(folder);
        }
        String best = null;
        for (String key : byFolder.keySet()) {
            boolean holds = folder.equals(key) || folder.startsWith(key + "/");
            if (holds && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The weight of {@code group} holding {@code tests} tests. */
    public double weightOf(String group, int tests) {
        return byFolder.isEmpty() ? tests : byFolder.getOrDefault(group, 0.0);
    }

    private static String strip(String folder) {
        String f = folder.strip().replace('\\', '/');
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f.startsWith("data/") ? f.substring(5) : f;
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory());
    }
}
