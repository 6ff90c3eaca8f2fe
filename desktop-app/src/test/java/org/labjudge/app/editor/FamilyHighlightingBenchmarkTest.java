package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/**
 * A 5,000-line file of each family the editor highlights, against Java's (the family the editor's smoothness
 * figure was first measured on), in one run: the figures are printed, the highlighting of each is checked. The
 * time a file takes bounds how stale highlighting can get while typing; a keystroke restyles its own line only
 * ({@code CodeEditorTest}).
 */
class FamilyHighlightingBenchmarkTest {
    /** About 3 lines of typical code per family, repeated past 5,000 lines. */
    private static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("csharp", "    public static int F(int x) { // comment\n        return \"str\".Length + x * 42;\n    }\n"),
            Map.entry("d", "int f(int x) { // comment\n    string s = \"str\";\n    return cast(int) s.length + x * 42; }\n"),
            Map.entry("ruby", "def f(x) # comment\n  s = \"str\"\n  s.length + x * 42 end\n"),
            Map.entry("perl", "sub f { # comment\n  my $s = \"str\";\n  return length($s) + $_[0] * 42; }\n"),
            Map.entry("php", "function f($x) { // comment\n    $s = \"str\";\n    return strlen($s) + $x * 42; }\n"),
            Map.entry("lua", "local function f(x) -- comment\n  local s = \"str\"\n  return #s + x * 42 end\n"),
            Map.entry("haskell", "f :: Int -> Int -- comment\nf x = let s = \"str\" in length s + x * 42\n\n"),
            Map.entry("r", "f <- function(x) { # comment\n  s <- \"str\"\n  nchar(s) + x * 42 }\n"),
            Map.entry("java", "    public static int f(int x) { // comment\n        return \"str\".length() + x * 42;\n    }\n"),
            Map.entry("kotlin", "fun f(x: Int): Int { // comment\n    val s = \"str\"\n    return s.length + x * 42 }\n"),
            Map.entry("scala", "def f(x: Int): Int = // comment\n  val s = \"str\"\n  s.length + x * 42\n"),
            Map.entry("typescript", "function f(x: number): number { // comment\n  const s: string = `str ${x}`;\n"
                    + "  return s.length + x * 42; }\n"));

    @Test
    void aFiveThousandLineFileOfEachNewFamilyIsHighlightedBesideJavasFigure() {
        long java = bestMillis("java");
        System.out.printf("highlighting 5,100 lines: java %d ms (baseline)%n", java);
        for (String id : BLOCKS.keySet().stream().filter(id -> !id.equals("java")).sorted().toList()) {
            long millis = bestMillis(id);
            System.out.printf("highlighting 5,100 lines: %-10s %d ms (%.2fx java)%n", id, millis,
                    millis / (double) Math.max(1, java));
        }
    }

    private static long bestMillis(String id) {
        Language language = TestLanguages.get(id);
        assertThat(language.family()).as(id).isNotEqualTo(Family.PLAIN);
        String text = BLOCKS.get(id).repeat(1700);
        assertThat(text.split("\n").length).isGreaterThan(5000);
        long best = Long.MAX_VALUE;
        List<StyleSpans<Collection<String>>> spans = List.of();
        for (int round = 0; round < 5; round++) { // the first rounds warm up the JIT
            long start = System.nanoTime();
            spans = SyntaxHighlighter.paragraphSpans(text, language);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(spans).hasSize(text.split("\n", -1).length);
        List<Token> tokens = SyntaxHighlighter.tokens(BLOCKS.get(id), language);
        assertThat(tokens).extracting(Token::styleClass).as(id).contains("keyword", "comment", "string", "number");
        return best;
    }
}
