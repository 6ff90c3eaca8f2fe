package org.labjudge.app.ui.webimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestCase;

/**
 * Problems imported from the web (a view-model): a posted body is read as a {@link CompanionProblem} and becomes
 * an in-memory {@link ProblemPackage} (no folder) with its samples and limits, published on the UI thread as the
 * latest import. A body that is not such a problem is refused with the reason, and nothing shown changes.
 */
public final class ImportModel {

    /** Made at the first post, not on the editor's start path. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Executor ui;
    private final ReadOnlyObjectWrapper<ProblemPackage> imported = new ReadOnlyObjectWrapper<>(this, "imported");

    /** {@code ui} runs the publication (the FX thread in the app; the caller's thread in unit tests). */
    public ImportModel(Executor ui) {
        this.ui = ui;
    }

    /** The problem imported last; {@code null} before the first. */
    public ReadOnlyObjectProperty<ProblemPackage> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** Reads a posted body (any thread); the answer says what became of it. */
    public Answer receive(String body) {
        ProblemPackage problem;
        try {
            problem = toProblem(Json.MAPPER.readValue(body, CompanionProblem.class));
        } catch (JsonProcessingException e) {
            return Answer.refused("Not a Competitive Companion problem (malformed JSON: "
                    + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            return Answer.refused("Not a Competitive Companion problem: " + e.getMessage());
        }
        ui.execute(() -> imported.set(problem));
        return Answer.accepted("Opened \"" + problem.name() + "\" with " + problem.samples().size() + " sample(s)");
    }

    /** The problem the editor opens for {@code posted}; refuses one without a name or with a test without input. */
    static ProblemPackage toProblem(CompanionProblem posted) {
        if (posted == null) {
            throw new IllegalArgumentException("the body is empty or null");
        }
        if (posted.name() == null || posted.name().isBlank()) {
            throw new IllegalArgumentException("it has no \"name\"");
        }
        if (posted.tests() == null) {
            throw new IllegalArgumentException("it has no \"tests\" array");
        }
        List<TestCase> samples = new ArrayList<>();
        for (CompanionProblem.Test test : posted.tests()) {
            if (test == null || test.input() == null) {
                throw new IllegalArgumentException("test " + (samples.size() + 1) + " has no \"input\"");
            }
            samples.add(new TestCase("sample/" + (samples.size() + 1), test.input(), test.output()));
        }
        Limits limits = new Limits(positive(posted.timeLimit()), null, positive(posted.memoryLimit()), null, null);
        return new ProblemPackage(id(posted), posted.name().strip(), statement(posted), limits, null, samples,
                List.of(), null);
    }

    /** A file-safe id from the name, with a short hash of the address so two judges' "A. Sum" stay apart. */
    private static String id(CompanionProblem posted) {
        String slug = posted.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String where = posted.url() == null ? "" : posted.url();
        return "web-" + (slug.isEmpty() ? "problem" : slug) + "-" + Integer.toHexString(where.hashCode());
    }

    /** Where it came from, and what differs from the judge's site (read there, not here). */
    private static String statement(CompanionProblem posted) {
        StringBuilder text = new StringBuilder();
        String source = posted.group() == null || posted.group().isBlank() ? "the web" : posted.group().strip();
        if (isWebAddress(posted.url())) {
            text.append("Imported from [").append(source).append("](").append(posted.url()).append(").");
        } else {
            text.append("Imported from ").append(source).append('.');
        }
        text.append(" The statement is on the judge's page; its samples and limits are here.\n");
        if (Boolean.TRUE.equals(posted.interactive())) {
            text.append("\nThis problem is interactive on the judge: here its samples are judged as plain input"
                    + " and output.\n");
        }
        if (posted.input() != null && "file".equals(posted.input().type()) && posted.input().fileName() != null) {
            text.append("\nOn the judge the program reads `").append(posted.input().fileName())
                    .append("`; here it reads standard input.\n");
        }
        if (posted.output() != null && "file".equals(posted.output().type()) && posted.output().fileName() != null) {
            text.append("\nOn the judge the program writes `").append(posted.output().fileName())
                    .append("`; here it writes standard output.\n");
        }
        return text.toString();
    }

    private static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            String scheme = URI.create(url).getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Integer positive(Integer value) {
        return value == null || value <= 0 ? null : value;
    }
}
