package org.labjudge.app.ui.owntests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;

/** Own tests without a window: kept per problem in the data folder, judged with the samples in one request. */
class OwnTestsModelTest {

    @TempDir
    Path data;
    @TempDir
    Path packages;

    private ProblemPackage problem(String id, String folder) {
        return new ProblemPackage(id, id, "", null, null, List.of(new TestCase("sample/1", "1 2\n", "3\n")),
                List.of(new TestCase("secret/1", "5 5\n", "10\n")), packages.resolve(folder));
    }

    @Test
    void addEditDuplicateDeleteAndTheyAreThereAfterARestart() throws Exception {
        ProblemPackage sum = problem("sum", "sum");
        List<String> errors = new ArrayList<>();
        OwnTestsModel model = new OwnTestsModel(new OwnTestsStore(data), errors::add);
        model.show(sum);
        assertThat(model.tests()).isEmpty();

        int first = model.add(null);
        model.edit(first, "40 2\n", "42\n");
        int copy = model.duplicate(first);
        model.edit(copy, "-1 1\n", "0\n");
        int third = model.add(sum.samples().get(0));
        model.delete(third);
        model.add(null);

        assertThat(model.tests()).containsExactly(new OwnTest("mine-1", "40 2\n", "42\n"),
                new OwnTest("mine-2", "-1 1\n", "0\n"), new OwnTest("mine-3", "", ""));
        OwnTestsModel afterRestart = new OwnTestsModel(new OwnTestsStore(data), errors::add);
        afterRestart.show(sum);
        assertThat(afterRestart.tests()).containsExactlyElementsOf(model.tests());
        assertThat(errors).isEmpty();
        try (var inPackage = Files.walk(packages)) {
            assertThat(inPackage.filter(Files::isRegularFile)).as("nothing is written into the package").isEmpty();
        }
    }

    @Test
    void twoPackagesWithOneIdKeepTheirOwnTests() {
        OwnTestsModel model = new OwnTestsModel(new OwnTestsStore(data), message -> { });
        model.show(problem("sum", "course-a/sum"));
        model.edit(model.add(null), "1 1\n", "2\n");
        model.show(problem("sum", "course-b/sum"));
        assertThat(model.tests()).isEmpty();
    }

    @Test
    void runAllJudgesTheSamplesAndTheOwnTestsInOneRequestButNoSecretTest() {
        OwnTestsModel model = new OwnTestsModel(new OwnTestsStore(data), message -> { });
        model.show(problem("sum", "sum"));
        model.edit(model.add(null), "40 2\n", "42\n");
        model.edit(model.add(null), "7 7\n", "");

        RunRequest request = model.runAllRequest("python", "print(sum(map(int, input().split())))");

        assertThat(request.tests()).containsExactly(new TestCase("sample/1", "1 2\n", "3\n"),
                new TestCase("mine-1", "40 2\n", "42\n"), new TestCase("mine-2", "7 7\n", null));
    }
}
