package org.labjudge.node.api.jobe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.labjudge.node.api.JsonObjects;

/**
 * A {@code POST /runs} body's {@code run_spec}, read as Jobe reads it: the required attributes
 * first, the language id lowercased, unknown keys (such as {@code debug}) ignored, and the error
 * messages Jobe's clients and its test script know.
 */
public record JobeRunSpec(String languageId, String sourcecode, String sourcefilename, String input,
                   List<JobeFileSpec> fileList, JobeParameters parameters) {

    /** Jobe's rule for file ids: letters and digits, at least 8 of them. */
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9]{8,}");
    /** Jobe's rule for the names files get: letters, digits, '-', '_' and '.'. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    /** What Jobe's source file names may not contain: reserved, control and URL-unsafe characters. */
    private static final Pattern ILLEGAL_IN_SOURCE_NAME =
            Pattern.compile("[<>:\"/\\\\|?*\\x00-\\x1F\\x7F\\xA0\\xAD#\\[\\]@!$&'()+,;={}^~`]");

    public JobeRunSpec {
        fileList = List.copyOf(fileList);
    }

    static JobeRunSpec parse(ObjectMapper mapper, byte[] body) {
        JsonNode root = JsonObjects.read(mapper, body).orElseThrow(() ->
                new JobeError(400, "Non-JSON post data received"));
        JsonNode run = root.get("run_spec");
        if (run == null || !run.isObject()) {
            throw new JobeError(400, "No run_spec attribute found in post data");
        }
        for (String required : List.of("sourcecode", "language_id")) {
            if (run.get(required) == null || run.get(required).isNull()) {
                throw new JobeError(400, "run_spec is missing the required attribute '" + required + "'");
            }
        }
        String sourcefilename = text(run.get("sourcefilename"));
        if (sourcefilename != null && !legalSourceFileName(sourcefilename)) {
            throw new JobeError(400, "The sourcefilename for the run_spec is illegal");
        }
        return new JobeRunSpec(text(run.get("language_id")).toLowerCase(Locale.ROOT), text(run.get("sourcecode")),
                sourcefilename, text(run.get("input")) == null ? "" : text(run.get("input")),
                fileList(run.get("file_list")), parameters(run.get("parameters")));
    }

    private static boolean legalSourceFileName(String name) {
        return !name.isEmpty() && !ILLEGAL_IN_SOURCE_NAME.matcher(name).find() && !name.startsWith(".")
                && !name.startsWith("-");
    }

    private static List<JobeFileSpec> fileList(JsonNode list) {
        List<JobeFileSpec> files = new ArrayList<>();
        if (list == null || list.isNull()) {
            return files;
        }
        if (!list.isArray()) {
            throw new JobeError(400, "Invalid file specifier: " + list);
        }
        for (JsonNode entry : list) {
            // [id, name] or [id, name, is_source]; the third is Jobe's own optional extension.
            boolean shaped = entry.isArray() && (entry.size() == 2 || entry.size() == 3)
                    && entry.get(0).isTextual() && entry.get(1).isTextual();
            if (!shaped || !FILE_ID.matcher(entry.get(0).asText()).matches()
                    || !FILE_NAME.matcher(entry.get(1).asText()).matches()) {
                throw new JobeError(400, "Invalid file specifier: " + entry);
            }
            files.add(new JobeFileSpec(entry.get(0).asText(), entry.get(1).asText()));
        }
        return files;
    }

    private static JobeParameters parameters(JsonNode parameters) {
        if (parameters == null || !parameters.isObject()) {
            parameters = JsonNodeFactory.instance.objectNode();
        }
        Double cputime = number(parameters.get("cputime"));
        Double memory = number(parameters.get("memorylimit"));
        Double numprocs = number(parameters.get("numprocs"));
        return new JobeParameters(cputime, memory == null ? null : memory.intValue(),
                numprocs == null ? null : numprocs.intValue(), words(parameters.get("compileargs")),
                words(parameters.get("linkargs")), words(parameters.get("interpreterargs")),
                words(parameters.get("runargs")));
    }

    /** A number or numeric string; anything else is {@code null}, so the default applies (Jobe's rule). */
    private static Double number(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> words(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(element -> elements.add(element.asText()));
        } else {
            elements.add(value.asText());
        }
        try {
            return ShellWords.split(elements);
        } catch (IllegalArgumentException e) {
            throw new JobeError(400, "parameters: " + e.getMessage());
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
