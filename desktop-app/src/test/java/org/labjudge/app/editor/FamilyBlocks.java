package org.labjudge.app.editor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generated files of the editor's benchmarks: a few lines of typical code per family (one language of each),
 * repeated past 5,000 lines. Where a language has a construct that spans lines (a block comment, Python's
 * docstring, Octave's {@code %{ %}} on lines of their own) the block holds one, whose second line begins with
 * {@value #SPANNING}: only highlighting that carries the construct over the line break styles that word. Each
 * block's last line is ordinary code that starts with no bracket, so typing at its start leaves every other line's
 * styles as they were.
 */
final class FamilyBlocks {
    /** The word that begins a multi-line construct's second line. */
    static final String SPANNING = "spanning";
    /** The fewest lines of a generated file. */
    static final int LINES = 5000;

    static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("python", "def f(x):  # comment\n    \"\"\"A docstring\n    spanning two lines.\"\"\"\n"
                    + "    s = \"str\"\n    return len(s) + x * 42\n"),
            Map.entry("c", "int f(int x) { // comment\n    /* a block comment\n       spanning two lines */\n"
                    + "    const char *s = \"str\";\n    return (int) strlen(s) + x * 42; }\n"),
            Map.entry("cpp", "int f(int x) { // comment\n    /* a block comment\n       spanning two lines */\n"
                    + "    std::string s = \"str\";\n    return s.size() + x * 42; }\n"),
            Map.entry("javascript", "function f(x) { // comment\n  /* a block comment\n     spanning two lines */\n"
                    + "  const s = \"str\";\n  return s.length + x * 42; }\n"),
            Map.entry("go", "func f(x int) int { // comment\n\t/* a block comment\n\t   spanning two lines */\n"
                    + "\ts := \"str\"\n\treturn len(s) + x*42 }\n"),
            Map.entry("rust", "fn f(x: i64) -> i64 { // comment\n    /* a block /* nested */ comment\n"
                    + "       spanning two lines */\n    let s = \"str\";\n    s.len() as i64 + x * 42 }\n"),
            // Shell, Ruby, Perl, R, Fortran, Ada and Erlang: no construct the editor carries over lines.
            Map.entry("bash", "f() { # comment\n"
                    + "  local s=\"str\"\n  if [ \"$1\" -gt 42 ]; then echo \"${#s}\"; fi }\n"),
            Map.entry("csharp", "    public static int F(int x) { // comment\n        /* a block comment\n"
                    + "           spanning two lines */\n        return \"str\".Length + x * 42;\n    }\n"),
            Map.entry("d", "int f(int x) { // comment\n    /* a block comment\n       spanning two lines */\n"
                    + "    string s = \"str\";\n    return cast(int) s.length + x * 42; }\n"),
            Map.entry("ruby", "def f(x) # comment\n  s = \"str\"\n  s.length + x * 42 end\n"),
            Map.entry("perl", "sub f { # comment\n  my $s = \"str\";\n  return length($s) + $_[0] * 42; }\n"),
            Map.entry("php", "function f($x) { // comment\n    /* a block comment\n       spanning two lines */\n"
                    + "    $s = \"str\";\n    return strlen($s) + $x * 42; }\n"),
            Map.entry("lua", "local function f(x) -- comment\n  --[[ a block comment\n  spanning two lines ]]\n"
                    + "  local s = \"str\"\n  return #s + x * 42 end\n"),
            Map.entry("haskell", "f :: Int -> Int -- comment\n{- a block {- nested -} comment\n"
                    + "spanning two lines -}\nf x = let s = \"str\" in length s + x * 42\n\n"),
            Map.entry("r", "f <- function(x) { # comment\n  s <- \"str\"\n  nchar(s) + x * 42 }\n"),
            Map.entry("ocaml", "let f x = (* comment *)\n  (* a block (* nested *) comment\n"
                    + "     spanning two lines *)\n  let s = \"str\" in\n  String.length s + x * 42\n"),
            Map.entry("lisp", "(defun f (x) ; comment\n  #| a block #| nested |# comment\n"
                    + "     spanning two lines |#\n  (let ((s \"str\"))\n    (+ (length s) (* x 42))))\n"),
            Map.entry("prolog", "f(X, Y) :- % comment\n    /* a block comment\n       spanning two lines */\n"
                    + "    S = \"str\", string_length(S, L),\n    Y is L + X * 42.\n"),
            Map.entry("pascal", "function F(X: Integer): Integer; { comment }\n{ a block comment\n"
                    + "  spanning two lines }\n(* and the other\n   kind *)\nbegin F := Length('str') + X * 42;\n"
                    + "end;\n"),
            Map.entry("fortran", "integer function f(x) ! comment\n  character(len=3) :: s = 'str'\n"
                    + "  f = len(s) + x * 42; end function\n"),
            Map.entry("ada", "function F (X : Integer) return Integer is -- comment\n"
                    + "   S : constant String := \"str\";\nbegin return S'Length + X * 42; end F;\n"),
            Map.entry("erlang", "f(X) when X > 0 -> % comment\n    S = \"str\",\n    length(S) + X * 42.\n"),
            Map.entry("octave", "function r = f(x) % comment\n%{\nspanning lines of their own\n%}\n"
                    + "  s = 'str';\n  r = numel(s) + x' * 42; end\n"),
            Map.entry("java", "    public static int f(int x) { // comment\n        /* a block comment\n"
                    + "           spanning two lines */\n        return \"str\".length() + x * 42;\n    }\n"),
            Map.entry("kotlin", "fun f(x: Int): Int { // comment\n    /* a block /* nested */ comment\n"
                    + "       spanning two lines */\n    val s = \"str\"\n    return s.length + x * 42 }\n"),
            Map.entry("scala", "def f(x: Int): Int = // comment\n  /* a block comment\n     spanning two lines */\n"
                    + "  val s = \"str\"\n  s.length + x * 42\n"),
            Map.entry("typescript", "function f(x: number): number { // comment\n  /* a block comment\n"
                    + "     spanning two lines */\n  const s: string = `str ${x}`;\n  return s.length + x * 42; }\n"));
    /** The families whose multi-line construct is a string (Python's docstring); the others' are comments. */
    private static final Set<String> SPANNING_STRINGS = Set.of("python");

    private FamilyBlocks() {
    }

    /** Language {@code id}'s block repeated to at least {@link #LINES} lines. */
    static String file(String id) {
        String block = BLOCKS.get(id);
        return block.repeat(Math.floorDiv(LINES - 1, lines(block)) + 1);
    }

    /** The lines of one of language {@code id}'s blocks. */
    static int blockLines(String id) {
        return lines(BLOCKS.get(id));
    }

    /** The style class of the word {@link #SPANNING} in {@code id}'s block, empty when it has no such construct. */
    static Optional<String> spanningStyle(String id) {
        if (!BLOCKS.get(id).contains(SPANNING)) {
            return Optional.empty();
        }
        return Optional.of(SPANNING_STRINGS.contains(id) ? "string" : "comment");
    }

    /** The lines of {@code text}, each ended by a line break. */
    static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
