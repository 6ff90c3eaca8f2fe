package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/**
 * A 5,000-line file of each family the editor highlights (every family of the node's table; {@link FamilyBlocks}),
 * against Java's (the family the editor's smoothness figure was first measured on), in one run: the figures are
 * printed, the highlighting of each is checked. The time a file takes bounds how stale highlighting can get while
 * typing; what a keystroke costs in the real editor is {@link FamilyEditorBenchmarkTest}'s.
 */
class FamilyHighlightingBenchmarkTest {
    @Test
    void everyFamilyThePoolOffersHasABlockHere() {
        // The node's table decides which languages exist; a language of a family without a block here would go
        // unmeasured. (pypy3 is Python's family, measured as python.)
        Set<Family> offered = TestLanguages.ALL.all().stream().map(info -> Language.of(info).family())
                .collect(Collectors.toSet());
        Set<Family> measured = FamilyBlocks.BLOCKS.keySet().stream().map(id -> TestLanguages.get(id).family())
                .collect(Collectors.toSet());
        assertThat(measured).containsExactlyInAnyOrderElementsOf(offered);
    }

    @Test
    void aFiveThousandLineFileOfEachFamilyIsHighlightedBesideJavasFigure() {
        // One pass over every family first: the lexer's JIT-compiled code is shared, so the family measured
        // first (Java) would otherwise pay for the warm-up of all.
        List<String> others = FamilyBlocks.BLOCKS.keySet().stream().filter(id -> !id.equals("java")).sorted().toList();
        FamilyBlocks.BLOCKS.keySet().forEach(FamilyHighlightingBenchmarkTest::bestMillis);
        double java = bestMillis("java");
        System.out.printf("highlighting %,d lines: java %.1f ms (baseline)%n", lines("java"), java);
        for (String id : others) {
            double millis = bestMillis(id);
            System.out.printf("highlighting %,d lines: %-10s %.1f ms (%.2fx java)%n", lines(id), id, millis,
                    millis / java);
        }
        System.out.printf("highlighting %,d lines: java %.1f ms (baseline, again after the others)%n", lines("java"),
                bestMillis("java"));
    }

    /** The best of 10 runs, in milliseconds. */
    private static double bestMillis(String id) {
        Language language = TestLanguages.get(id);
        assertThat(language.family()).as(id).isNotEqualTo(Family.PLAIN);
        String text = FamilyBlocks.file(id);
        assertThat(lines(id)).isGreaterThanOrEqualTo(FamilyBlocks.LINES);
        long best = Long.MAX_VALUE;
        List<StyleSpans<Collection<String>>> spans = List.of();
        for (int round = 0; round < 10; round++) { // the first rounds warm up the JIT
            long start = System.nanoTime();
            spans = SyntaxHighlighter.paragraphSpans(text, language);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(spans).hasSize(text.split("\n", -1).length);
        String block = FamilyBlocks.BLOCKS.get(id);
        List<Token> tokens = SyntaxHighlighter.tokens(block, language);
        assertThat(tokens).extracting(Token::styleClass).as(id).contains("keyword", "comment", "string", "number");
        int spanning = block.indexOf(FamilyBlocks.SPANNING);
        FamilyBlocks.spanningStyle(id).ifPresent(style -> assertThat(tokens)
                .filteredOn(t -> t.start() <= spanning && spanning < t.end()).extracting(Token::styleClass)
                .as("%s: the second line of its multi-line construct", id).containsExactly(style));
        return best / 1e6;
    }

    private static int lines(String id) {
        return FamilyBlocks.lines(FamilyBlocks.file(id));
    }
}
