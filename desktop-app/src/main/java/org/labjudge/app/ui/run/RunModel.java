package org.labjudge.app.ui.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.labjudge.app.grade.Scores;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.SampleInteraction;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The run state of one editor tab (a view-model: JavaFX properties, no controls): its input pane, its last
 * run's result or message, its judging's banner and rows, its compile failure. Each tab has its own, so
 * switching tabs never shows another tab's input or verdict, and a new outcome always replaces the old one.
 * UI thread.
 */
public final class RunModel {

    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObjectProperty<RunResult> run = new SimpleObjectProperty<>(this, "run");
    private final StringProperty runMessage = new SimpleStringProperty(this, "runMessage",
            "Run your program with Ctrl+Enter: it runs live in the Console pane, the input pane (if any) its stdin.");
    private final StringProperty batchNote = new SimpleStringProperty(this, "batchNote");
    private final StringProperty banner = new SimpleStringProperty(this, "banner",
            "Judge your program against all the problem's tests with Ctrl+Shift+Enter.");
    private final ObjectProperty<Verdict> bannerVerdict = new SimpleObjectProperty<>(this, "bannerVerdict");
    private final ObservableList<TestRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GroupScoreRow> groups = FXCollections.observableArrayList();
    private final StringProperty totalScore = new SimpleStringProperty(this, "totalScore");
    private final ObjectProperty<CompileResult> compileFailure = new SimpleObjectProperty<>(this, "compileFailure");
    private final ReadOnlyObjectWrapper<List<CompilerMessage>> compileMessages =
            new ReadOnlyObjectWrapper<>(this, "compileMessages", List.of());
    private String lastSampleInput = "";
    /** The source the compile messages are about. */
    private String compiledSource = "";
    /** A program of several files: the files the compile messages are about, by name; empty for one source. */
    private Map<String, String> compiledFiles = Map.of();
    /** The judging in flight: its request and secret test names, for the rows that arrive before its result. */
    private RunRequest judging;
    private Set<String> judgingSecrets = Set.of();
    /** The open problem's sample dialogues by test name, for the rows of an interactive problem. */
    private Map<String, SampleInteraction> dialogues = Map.of();

    /**
     * The last run's compiler messages at their lines: a failed compilation's errors (and warnings), or the
     * warnings of one that succeeded; empty while a run is under way or none had any. The editor marks them.
     */
    public ReadOnlyObjectProperty<List<CompilerMessage>> compileMessagesProperty() {
        return compileMessages.getReadOnlyProperty();
    }

    /** The source code {@link #compileMessagesProperty()} is about: marks go on it only while it is unchanged. */
    public String compiledSource() {
        return compiledSource;
    }

    /**
     * The files of a program of several (a folder) that {@link #compileMessagesProperty()} is about, each name's text
     * as it was sent; empty when the run was of one source ({@link #compiledSource()}).
     */
    public Map<String, String> compiledFiles() {
        return compiledFiles;
    }

    /** The program's stdin for Run. */
    public StringProperty inputProperty() {
        return input;
    }

    /** The last plain run's result; {@code null} while {@link #runMessageProperty()} says something instead. */
    public ObjectProperty<RunResult> runProperty() {
        return run;
    }

    public StringProperty runMessageProperty() {
        return runMessage;
    }

    /** Why the last run was a batch run when a live one was asked for; {@code null} when that was not so. */
    public StringProperty batchNoteProperty() {
        return batchNote;
    }

    /** The run just started is a batch run because it could not run live, for {@code why}. */
    public void batchInstead(String why) {
        batchNote.set("Not run live (" + why + "): a batch run, its output shown when it ended.");
    }

    /** A live run ended: {@code message} says how; its compile errors, if any, stay. */
    public void liveEnded(String message) {
        showRunMessage(message);
    }

    /** A live run's program did not compile: its messages go where a batch run's go (the pane, the code). */
    public void didNotCompile(String source, CompileResult compile) {
        compiledSource = source == null ? "" : source;
        compileMessages.set(CompilerMessages.of(compile));
        compileFailure.set(compile);
    }

    /** The judging's one-line summary (or a message), coloured by {@link #bannerVerdictProperty()}. */
    public StringProperty bannerProperty() {
        return banner;
    }

    public ObjectProperty<Verdict> bannerVerdictProperty() {
        return bannerVerdict;
    }

    /** One row per judged test, in the order of the request. */
    public ObservableList<TestRow> rows() {
        return rows;
    }

    /** A scoring problem's judging: one row per test group, in the problem's order; empty for a pass/fail problem. */
    public ObservableList<GroupScoreRow> groups() {
        return groups;
    }

    /** A scoring problem's judging: {@code Score: 30 / 100}, its total out of the most it could be; else {@code null}. */
    public StringProperty totalScoreProperty() {
        return totalScore;
    }

    /** The failed compilation (or syntax check) of the last run or judging; {@code null} when there was none. */
    public ObjectProperty<CompileResult> compileFailureProperty() {
        return compileFailure;
    }

    /** The problem changed: its first sample becomes the input unless the student typed their own. */
    public void problemChanged(ProblemPackage problem) {
        dialogues = new HashMap<>();
        if (problem != null) {
            problem.interactions().forEach(d -> dialogues.put(d.name(), d));
        }
        if (problem != null && !problem.samples().isEmpty()
                && (input.get().isEmpty() || input.get().equals(lastSampleInput))) {
            useSample(problem.samples().get(0));
        }
        if (rows.isEmpty()) {
            showBanner(problem == null ? "Open a problem to judge against its tests."
                    : "Judge your program against all " + problem.allTests().size() + " tests with Ctrl+Shift+Enter.",
                    null);
        }
    }

    public void useSample(TestCase sample) {
        lastSampleInput = sample.input();
        input.set(sample.input());
    }

    /** A run or judging of {@code request} started: what was shown before goes. */
    public void started(RunKind kind, RunRequest request, Set<String> secretNames, String message) {
        compileFailure.set(null);
        compileMessages.set(List.of());
        if (kind == RunKind.RUN) {
            batchNote.set(null);
            showRunMessage(message);
        } else {
            judging = request;
            judgingSecrets = secretNames;
            rows.clear();
            showScores(List.of(), null);
            showBanner(message, null);
        }
    }

    /**
     * One test of the judging in flight was judged: its row appears (or replaces the row of that name, when the
     * run moved to another node and starts over), before the whole result arrives.
     */
    public void testJudged(TestResult test) {
        if (judging == null) {
            return;
        }
        TestRow row = row(judging, test, rows.size(), judgingSecrets);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(test.name())) {
                rows.set(i, row);
                return;
            }
        }
        rows.add(row);
        long failed = rows.stream().filter(r -> !r.result().passed() && r.result().verdict() != Verdict.SKIPPED).count();
        showBanner("Judging\u2026 " + rows.size() + " of " + judging.tests().size() + " tests judged"
                + (failed == 0 ? "" : ", " + failed + " failed"), null);
    }

    /** Shows how a run ended; tests named in {@code secretNames} are secret. */
    public void finished(RunKind kind, RunRequest request, RunResult result, Set<String> secretNames) {
        judging = null;
        compiledSource = request.source() == null ? "" : request.source();
        compiledFiles = new LinkedHashMap<>();
        if (request.source() == null) {
            request.files().forEach(f -> compiledFiles.put(f.name(), f.content()));
        }
        compiledFiles = Collections.unmodifiableMap(compiledFiles);
        compileMessages.set(aboutWhatWasSent(request, CompilerMessages.of(result.compile())));
        compileFailure.set(result.verdict() == Verdict.COMPILATION_ERROR ? result.compile() : null);
        if (kind == RunKind.RUN) {
            run.set(result);
            runMessage.set(null);
            return;
        }
        long passed = result.tests().stream().filter(TestResult::passed).count();
        String summary = VerdictStyles.label(result.verdict());
        String total = null;
        if (result.score() != null) {
            double max = request.scoring() == null ? 0 : request.scoring().possibleScore();
            total = "Score: " + Scores.format(result.score()) + " / " + Scores.format(max);
        }
        if (result.verdict() == Verdict.COMPILATION_ERROR) {
            summary += ": see the compile errors";
        } else if (!result.tests().isEmpty()) {
            summary += (total == null ? "" : "  \u2013  " + total) + "  \u2013  " + passed + " of "
                    + result.tests().size() + " tests passed";
        }
        if (result.nodeId() != null) {
            summary += "  \u2013  on " + result.nodeId();
        }
        List<TestRow> judged = new ArrayList<>();
        for (int i = 0; i < result.tests().size(); i++) {
            TestResult test = result.tests().get(i);
            judged.add(row(request, test, i, secretNames));
        }
        rows.setAll(judged);
        showScores(result.groups(), total);
        showBanner(summary, result.verdict());
    }

    private void showScores(List<GroupResult> results, String total) {
        groups.setAll(results.stream().map(GroupScoreRow::new).toList());
        totalScore.set(total);
    }

    /**
     * A run of one source: the node named it after its language (main.c, Main.java), so every message that does
     * not name one of the files sent beside it is about that source.
     */
    private static List<CompilerMessage> aboutWhatWasSent(RunRequest request, List<CompilerMessage> messages) {
        if (request.source() == null) {
            return messages;
        }
        Set<String> beside = new HashSet<>();
        request.files().forEach(f -> beside.add(f.name()));
        return messages.stream().map(m -> beside.contains(m.file()) ? m : m.aboutTheSource()).toList();
    }

    /** The run could not be done (no node, cancelled, ...): the message replaces the last outcome. */
    public void ended(RunKind kind, String message) {
        judging = null;
        compileFailure.set(null);
        compileMessages.set(List.of());
        if (kind == RunKind.RUN) {
            showRunMessage(message);
        } else {
            rows.clear();
            showScores(List.of(), null);
            showBanner(message, null);
        }
    }

    /** The row to show first: the first test that failed (a skipped one did not run), or none. */
    public TestRow firstFailure() {
        return rows.stream().filter(row -> !row.result().passed() && row.result().verdict() != Verdict.SKIPPED)
                .findFirst().orElse(null);
    }

    private void showRunMessage(String message) {
        run.set(null);
        runMessage.set(message);
    }

    private void showBanner(String text, Verdict verdict) {
        bannerVerdict.set(verdict);
        banner.set(text);
    }

    private TestRow row(RunRequest request, TestResult test, int index, Set<String> secretNames) {
        boolean interactive = request.validator() != null && request.validator().interactive();
        return new TestRow(test, find(request.tests(), test.name(), index), secretNames.contains(test.name()),
                interactive, interactive ? dialogues.get(test.name()) : null);
    }

    private static TestCase find(List<TestCase> tests, String name, int index) {
        for (TestCase test : tests) {
            if (test.name() != null && test.name().equals(name)) {
                return test;
            }
        }
        return index < tests.size() ? tests.get(index) : null;
    }
}
