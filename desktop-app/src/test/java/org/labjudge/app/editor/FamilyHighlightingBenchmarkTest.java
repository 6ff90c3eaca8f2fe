package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/**
 * A 5,000-line file of each family the editor highlights (every family of the node's table), against Java's (the
 * family the editor's smoothness figure was first measured on), in one run: the figures are printed, the
 * highlighting of each is checked. The time a file takes bounds how stale highlighting can get while typing; a
 * keystroke restyles its own line only ({@code CodeEditorTest}).
 */
class FamilyHighlightingBenchmarkTest {
    /** About 3 lines of typical code per family, repeated past 5,000 lines. */
    private static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("python", "def f(x):  # comment\n    s = \"str\"\n    return len(s) + x * 42\n"),
            Map.entry("c", "int f(int x) { // comment\n"
                    + "    const char *s = \"str\";\n    return (int) strlen(s) + x * 42; }\n"),
            Map.entry("cpp", "int f(int x) { // comment\n"
                    + "    std::string s = \"str\";\n    return s.size() + x * 42; }\n"),
            Map.entry("javascript", "function f(x) { // comment\n"
                    + "  const s = \"str\";\n  return s.length + x * 42; }\n"),
            Map.entry("go", "func f(x int) int { // comment\n\ts := \"str\"\n\treturn len(s) + x*42 }\n"),
            Map.entry("rust", "fn f(x: i64) -> i64 { // comment\n"
                    + "    let s = \"str\";\n    s.len() as i64 + x * 42 }\n"),
            Map.entry("bash", "f() { # comment\n"
                    + "  local s=\"str\"\n  if [ \"$1\" -gt 42 ]; then echo \"${#s}\"; fi }\n"),
            Map.entry("csharp", "    public static int F(int x) { // comment\n"
                    + "        return \"str\".Length + x * 42;\n    }\n"),
            Map.entry("d", "int f(int x) { // comment\n"
                    + "    string s = \"str\";\n    return cast(int) s.length + x * 42; }\n"),
            Map.entry("ruby", "def f(x) # comment\n  s = \"str\"\n  s.length + x * 42 end\n"),
            Map.entry("perl", "sub f { # comment\n  my $s = \"str\";\n  return length($s) + $_[0] * 42; }\n"),
            Map.entry("php", "function f($x) { // comment\n    $s = \"str\";\n    return strlen($s) + $x * 42; }\n"),
            Map.entry("lua", "local function f(x) -- comment\n  local s = \"str\"\n  return #s + x * 42 end\n"),
            Map.entry("haskell", "f :: Int -> Int -- comment\nf x = let s = \"str\" in length s + x * 42\n\n"),
            Map.entry("r", "f <- function(x) { # comment\n  s <- \"str\"\n  nchar(s) + x * 42 }\n"),
            Map.entry("ocaml", "let f x = (* comment *)\n  let s = \"str\" in\n  String.length s + x * 42\n"),
            Map.entry("lisp", "(defun f (x) ; comment\n  (let ((s \"str\"))\n    (+ (length s) (* x 42))))\n"),
            Map.entry("prolog", "f(X, Y) :- % comment\n    S = \"str\", string_length(S, L),\n    Y is L + X * 42.\n"),
            Map.entry("pascal", "function F(X: Integer): Integer; { comment }\nbegin F := Length('str') + X * 42;\n"
                    + "end;\n"),
            Map.entry("fortran", "integer function f(x) ! comment\n  character(len=3) :: s = 'str'\n"
                    + "  f = len(s) + x * 42; end function\n"),
            Map.entry("ada", "function F (X : Integer) return Integer is -- comment\n"
                    + "   S : constant String := \"str\";\nbegin return S'Length + X * 42; end F;\n"),
            Map.entry("erlang", "f(X) when X > 0 -> % comment\n    S = \"str\",\n    length(S) + X * 42.\n"),
            Map.entry("octave", "function r = f(x) % comment\n  s = 'str';\n  r = numel(s) + x' * 42; end\n"),
            Map.entry("java", "    public static int f(int x) { // comment\n"
                    + "        return \"str\".length() + x * 42;\n    }\n"),
            Map.entry("kotlin", "fun f(x: Int): Int { // comment\n"
                    + "    val s = \"str\"\n    return s.length + x * 42 }\n"),
            Map.entry("scala", "def f(x: Int): Int = // comment\n  val s = \"str\"\n  s.length + x * 42\n"),
            Map.entry("typescript", "function f(x: number): number { // comment\n  const s: string = `str ${x}`;\n"
                    + "  return s.length + x * 42; }\n"));

    @Test
    void everyFamilyThePoolOffersHasABlockHere() {
        // The node's table decides which languages exist; a language of a family without a block here would go
        // unmeasured. (pypy3 is Python's family, measured as python.)
        Set<Family> offered = TestLanguages.ALL.all().stream().map(info -> Language.of(info).family())
                .collect(Collectors.toSet());
        Set<Family> measured = BLOCKS.keySet().stream().map(id -> TestLanguages.get(id).family())
                .collect(Collectors.toSet());
        assertThat(measured).containsExactlyInAnyOrderElementsOf(offered);
    }

    @Test
    void aFiveThousandLineFileOfEachFamilyIsHighlightedBesideJavasFigure() {
        // One pass over every family first: the lexer's JIT-compiled code is shared, so the family measured
        // first (Java) would otherwise pay for the warm-up of all.
        List<String> others = BLOCKS.keySet().stream().filter(id -> !id.equals("java")).sorted().toList();
        BLOCKS.keySet().forEach(FamilyHighlightingBenchmarkTest::bestMillis);
        double java = bestMillis("java");
        System.out.printf("highlighting 5,100 lines: java %.1f ms (baseline)%n", java);
        for (String id : others) {
            double millis = bestMillis(id);
            System.out.printf("highlighting 5,100 lines: %-10s %.1f ms (%.2fx java)%n", id, millis, millis / java);
        }
        System.out.printf("highlighting 5,100 lines: java %.1f ms (baseline, again after the others)%n",
                bestMillis("java"));
    }

    /** The best of 10 runs, in milliseconds. */
    private static double bestMillis(String id) {
        Language language = TestLanguages.get(id);
        assertThat(language.family()).as(id).isNotEqualTo(Family.PLAIN);
        String text = BLOCKS.get(id).repeat(1700);
        assertThat(text.split("\n").length).isGreaterThan(5000);
        long best = Long.MAX_VALUE;
        List<StyleSpans<Collection<String>>> spans = List.of();
        for (int round = 0; round < 10; round++) { // the first rounds warm up the JIT
            long start = System.nanoTime();
            spans = SyntaxHighlighter.paragraphSpans(text, language);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(spans).hasSize(text.split("\n", -1).length);
        List<Token> tokens = SyntaxHighlighter.tokens(BLOCKS.get(id), language);
        assertThat(tokens).extracting(Token::styleClass).as(id).contains("keyword", "comment", "string", "number");
        return best / 1e6;
    }
}
