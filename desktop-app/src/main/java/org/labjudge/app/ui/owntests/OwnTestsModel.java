package org.labjudge.app.ui.owntests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;

/**
 * The open problem's own tests (a view-model: an observable list, no controls): add, edit, duplicate, delete,
 * each change kept at once in the {@link OwnTestsStore}; and the "run all" request, samples and own tests in one.
 * UI thread.
 */
public final class OwnTestsModel {

    private final OwnTestsStore store;
    private final Consumer<String> onSaveError;
    private final ObservableList<OwnTest> tests = FXCollections.observableArrayList();
    private ProblemPackage problem;

    public OwnTestsModel(OwnTestsStore store, Consumer<String> onSaveError) {
        this.store = store;
        this.onSaveError = onSaveError;
    }

    public ObservableList<OwnTest> tests() {
        return tests;
    }

    public ProblemPackage problem() {
        return problem;
    }

    /** Shows {@code newProblem}'s own tests ({@code null}: none). */
    public void show(ProblemPackage newProblem) {
        problem = newProblem;
        tests.setAll(newProblem == null ? List.of() : store.load(newProblem));
    }

    /** Adds an empty test (or, with a sample to start from, a copy of its data); returns its index. */
    public int add(TestCase from) {
        requireProblem();
        tests.add(new OwnTest(freeName(), from == null ? "" : from.input(),
                from == null || from.expected() == null ? "" : from.expected()));
        save();
        return tests.size() - 1;
    }

    public int duplicate(int index) {
        requireProblem();
        OwnTest original = tests.get(index);
        tests.add(index + 1, new OwnTest(freeName(), original.input(), original.expected()));
        save();
        return index + 1;
    }

    public void edit(int index, String input, String expected) {
        OwnTest old = tests.get(index);
        if (old.input().equals(input) && old.expected().equals(expected)) {
            return;
        }
        tests.set(index, new OwnTest(old.name(), input, expected));
        save();
    }

    public void delete(int index) {
        tests.remove(index);
        save();
    }

    /** The samples and the own tests, judged in one request with the problem's limits and checker. */
    public RunRequest runAllRequest(String language, String source) {
        requireProblem();
        List<TestCase> all = new ArrayList<>(problem.samples());
        tests.forEach(test -> all.add(test.toTestCase()));
        return problem.sampleRequest(language, source).withTests(all);
    }

    /** {@code mine-1}, {@code mine-2}, ...: the first number no test (own or sample) has. */
    private String freeName() {
        Set<String> used = new HashSet<>();
        tests.forEach(t -> used.add(t.name()));
        problem.samples().forEach(t -> used.add(t.name()));
        int n = 1;
        while (used.contains("mine-" + n)) {
            n++;
        }
        return "mine-" + n;
    }

    private void requireProblem() {
        if (problem == null) {
            throw new IllegalStateException("no problem is open");
        }
    }

    private void save() {
        try {
            store.save(problem, tests);
        } catch (IOException e) {
            onSaveError.accept("Cannot keep your tests in " + store.path(problem) + ": " + e.getMessage());
        }
    }
}
