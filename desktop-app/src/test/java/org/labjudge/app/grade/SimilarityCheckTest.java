package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.integration.ClassOfThirty;
import org.labjudge.app.submission.Submission;

/** JPlag in this JVM: a renamed copy is found, different solutions and shared base code are not reported. */
class SimilarityCheckTest {

    static final String ORIGINAL = """
            import sys

            def count_inversions(values):
                if len(values) <= 1:
                    return values, 0
                middle = len(values) // 2
                left, a = count_inversions(values[:middle])
                right, b = count_inversions(values[middle:])
                merged = []
                i = j = 0
                total = a + b
                while i < len(left) and j < len(right):
                    if left[i] <= right[j]:
                        merged.append(left[i])
                        i += 1
                    else:
                        merged.append(right[j])
                        total += len(left) - i
                        j += 1
                merged.extend(left[i:])
                merged.extend(right[j:])
                return merged, total

            data = sys.stdin.read().split()
            n = int(data[0])
            print(count_inversions([int(x) for x in data[1:n + 1]])[1])
            """;

    static final String RENAMED = """
            import sys

            # my own work
            def inv(arr):
                if len(arr) <= 1:
                    return arr, 0
                m = len(arr) // 2
                lo, x = inv(arr[:m])
                hi, y = inv(arr[m:])
                out = []
                p = q = 0
                count = x + y
                while p < len(lo) and q < len(hi):
                    if lo[p] <= hi[q]:
                        out.append(lo[p])
                        p += 1
                    else:
                        out.append(hi[q])
                        count += len(lo) - p
                        q += 1
                out.extend(lo[p:])
                out.extend(hi[q:])
                return out, count

            tokens = sys.stdin.read().split()
            size = int(tokens[0])
            print(inv([int(t) for t in tokens[1:size + 1]])[1])
            """;

    static final String DIFFERENT = """
            n = int(input())
            a = list(map(int, input().split()))
            tree = [0] * (n + 2)
            ranks = {v: k + 1 for k, v in enumerate(sorted(set(a)))}
            answer = 0
            for seen, value in enumerate(reversed(a)):
                r = ranks[value] - 1
                while r > 0:
                    answer += tree[r]
                    r -= r & -r
                r = ranks[value]
                while r <= n:
                    tree[r] += 1
                    r += r & -r
            print(answer)
            """;

    @TempDir
    Path dir;

    @Test
    void aCopyWithRenamedVariablesIsTheOnePairReportedWithItsMatchesMarked() throws Exception {
        List<Submission> submissions = List.of(
                GradeFixtures.submission(dir, "ann", ORIGINAL),
                GradeFixtures.submission(dir, "ben", RENAMED),
                GradeFixtures.submission(dir, "cat", DIFFERENT));

        SimilarityReport report = new SimilarityCheck(0.5, null).check(submissions);

        assertThat(report.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.first()).isEqualTo("ann");
            assertThat(pair.second()).isEqualTo("ben");
            assertThat(pair.language()).isEqualTo("python");
            assertThat(pair.similarity()).isGreaterThan(0.9);
            SimilarPair.MarkedFile file = pair.firstFiles().get(0);
            assertThat(file.name()).isEqualTo("ann.py");
            assertThat(file.text()).isEqualTo(ORIGINAL);
            assertThat(file.marks()).isNotEmpty();
            assertThat(file.marks().get(0).startLine()).isLessThanOrEqualTo(4); // the function starts on line 3
            assertThat(pair.secondFiles().get(0).name()).isEqualTo("ben.py");
        });
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void codeEveryoneWasGivenDoesNotMakeAPair() throws Exception {
        Path template = dir.resolve("template.py");
        Files.writeString(template, ClassOfThirty.TEMPLATE);
        List<Submission> submissions = List.of(
                GradeFixtures.submission(dir, "dan",
                        ClassOfThirty.TEMPLATE + "values = read_numbers()\nwrite_answer(sum(values))\n"),
                GradeFixtures.submission(dir, "eva", ClassOfThirty.TEMPLATE + """
                        best = None
                        for v in read_numbers():
                            if best is None or v > best:
                                best = v
                        write_answer(best)
                        """));

        SimilarityReport without = new SimilarityCheck(0.5, null).check(submissions);
        SimilarityReport with = new SimilarityCheck(0.5, template).check(submissions);

        assertThat(without.pairs()).as("the template alone makes them look alike").hasSize(1);
        assertThat(with.pairs()).as("once it is base code").isEmpty();
        assertThat(with.notes()).isEmpty();
    }

    @Test
    void programsShorterThanOneMatchAreNotComparedAndTheNoteSaysWhy() throws Exception {
        String tiny = "a, b = map(int, input().split())\nprint(a + b)\n";
        List<Submission> submissions = List.of(GradeFixtures.submission(dir, "ann", tiny),
                GradeFixtures.submission(dir, "dee", tiny));

        SimilarityReport report = new SimilarityCheck(0.5, null).check(submissions);

        assertThat(report.pairs()).isEmpty();
        assertThat(report.notes()).containsExactly("python: not compared (Not enough valid submissions! (found 0 valid"
                + " submissions); JPlag leaves out a submission it cannot parse or shorter than one match, 12 tokens)");
    }

    @Test
    void aLanguageWithoutAJplagModuleIsNamedInTheNotes() throws Exception {
        Path a = dir.resolve("a.sh");
        Path b = dir.resolve("b.sh");
        Files.writeString(a, "echo 1\n");
        Files.writeString(b, "echo 1\n");
        List<Submission> submissions = List.of(new Submission("a", a, "bash", "echo 1\n", List.of(), null),
                new Submission("b", b, "bash", "echo 1\n", List.of(), null));

        SimilarityReport report = new SimilarityCheck(0.5, null).check(submissions);

        assertThat(report.pairs()).isEmpty();
        assertThat(report.notes()).containsExactly("bash: not compared (JPlag has no module for it here)");
    }
}
