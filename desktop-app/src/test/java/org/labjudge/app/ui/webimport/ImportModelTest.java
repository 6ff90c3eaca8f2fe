package org.labjudge.app.ui.webimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestCase;

/** A posted Competitive Companion problem becomes an in-memory problem; anything else is refused with a reason. */
class ImportModelTest {

    private final ImportModel model = new ImportModel(Runnable::run);

    @Test
    void aPostedProblemOpensWithItsSamplesAndLimitsAndNoFolder() {
        Answer answer = model.receive(CompanionJson.PROBLEM);

        assertThat(answer).isEqualTo(new Answer(200, "Opened \"B. Pairs of Lamps\" with 2 sample(s)"));
        ProblemPackage problem = model.importedProperty().get();
        assertThat(problem.name()).isEqualTo("B. Pairs of Lamps");
        assertThat(problem.id()).startsWith("web-b-pairs-of-lamps-");
        assertThat(problem.limits()).isEqualTo(new Limits(2000, null, 128, null, null));
        assertThat(problem.samples()).containsExactly(new TestCase("sample/1", "3\n1 0 1\n", "2\n"),
                new TestCase("sample/2", "1\n0\n", "0\n"));
        assertThat(problem.secretTests()).isEmpty();
        assertThat(problem.directory()).isNull();
        assertThat(problem.statementMarkdown()).startsWith("Imported from [Codeforces - Practice Round 7]"
                + "(https://codeforces.com/problemset/problem/9999/B).");
    }

    @Test
    void theSameProblemFromTwoAddressesHasTwoIds() {
        model.receive(CompanionJson.PROBLEM);
        String first = model.importedProperty().get().id();
        model.receive(CompanionJson.PROBLEM.replace("9999/B", "9998/B"));

        assertThat(model.importedProperty().get().id()).isNotEqualTo(first).startsWith("web-b-pairs-of-lamps-");
    }

    @Test
    void malformedJsonIsRefusedAndTheLastImportStays() {
        model.receive(CompanionJson.PROBLEM);
        ProblemPackage before = model.importedProperty().get();

        Answer answer = model.receive("{\"name\": \"A\", \"tests\": [");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("Not a Competitive Companion problem (malformed JSON: ");
        assertThat(model.importedProperty().get()).isSameAs(before);
    }

    @Test
    void aProblemWithoutNameOrTestsIsRefusedWithTheReason() {
        assertThat(model.receive("{\"tests\": []}"))
                .isEqualTo(new Answer(400, "Not a Competitive Companion problem: it has no \"name\""));
        assertThat(model.receive("{\"name\": \"A\"}"))
                .isEqualTo(new Answer(400, "Not a Competitive Companion problem: it has no \"tests\" array"));
        assertThat(model.receive("{\"name\": \"A\", \"tests\": [{\"output\": \"1\\n\"}]}"))
                .isEqualTo(new Answer(400, "Not a Competitive Companion problem: test 1 has no \"input\""));
        assertThat(model.importedProperty().get()).isNull();
    }

    @Test
    void fileInputAndInteractiveAreNotedInTheStatement() {
        model.receive(CompanionJson.PROBLEM.replace("\"interactive\": false", "\"interactive\": true")
                .replace("{\"type\": \"stdin\"}", "{\"type\": \"file\", \"fileName\": \"lamps.in\"}"));

        assertThat(model.importedProperty().get().statementMarkdown())
                .contains("interactive on the judge")
                .contains("On the judge the program reads `lamps.in`; here it reads standard input.");
    }
}
