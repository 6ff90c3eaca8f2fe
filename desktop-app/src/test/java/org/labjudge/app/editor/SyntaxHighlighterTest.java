package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxHighlighterTest {

    /** The text of each token of {@code kind}. */
    private static List<String> tokens(String text, Language language, String kind) {
        return SyntaxHighlighter.tokens(text, language).stream().filter(t -> t.styleClass().equals(kind))
                .map(t -> text.substring(t.start(), t.end())).collect(Collectors.toList());
    }

    @Test
    void pythonKeywordsStringsCommentsAndNumbers() {
        String code = "def f(x):  # add one\n    return x + 1 if x else \"no # comment\"\n";
        assertThat(tokens(code, TestLanguages.PYTHON, "keyword")).containsExactly("def", "return", "if", "else");
        assertThat(tokens(code, TestLanguages.PYTHON, "comment")).containsExactly("# add one");
        assertThat(tokens(code, TestLanguages.PYTHON, "string")).containsExactly("\"no # comment\"");
        assertThat(tokens(code, TestLanguages.PYTHON, "number")).containsExactly("1");
    }

    @Test
    void javaBlockCommentsSpanLinesAndAnnotationsAreMeta() {
        String code = "/* a\n * b */\n@Override public int f() { return 0x1F; }";
        assertThat(tokens(code, TestLanguages.JAVA, "comment")).containsExactly("/* a\n * b */");
        assertThat(tokens(code, TestLanguages.JAVA, "meta")).containsExactly("@Override");
        assertThat(tokens(code, TestLanguages.JAVA, "keyword")).containsExactly("public", "return");
        assertThat(tokens(code, TestLanguages.JAVA, "type")).containsExactly("int");
        assertThat(tokens(code, TestLanguages.JAVA, "number")).containsExactly("0x1F");
    }

    @Test
    void cPreprocessorRustMacrosAndBashVariables() {
        assertThat(tokens("#include <stdio.h>\nint main(void) {}", TestLanguages.C, "meta"))
                .containsExactly("#include <stdio.h>");
        assertThat(tokens("fn main() { println!(\"{}\", 1); }", TestLanguages.RUST, "meta")).containsExactly("println!");
        assertThat(tokens("echo $# ${name} # note", TestLanguages.BASH, "meta")).containsExactly("$#", "${name}");
        assertThat(tokens("echo $# ${name} # note", TestLanguages.BASH, "comment")).containsExactly("# note");
        assertThat(tokens("const s = `a ${b}`; let x = 2;", TestLanguages.JAVASCRIPT, "string")).containsExactly("`a ${b}`");
        assertThat(tokens("func main() { s := `raw` }", TestLanguages.GO, "keyword")).containsExactly("func");
    }

    @Test
    void kotlinScalaAndTypeScriptHaveRulesOfTheirOwn() {
        Language kotlin = TestLanguages.get("kotlin");
        String kt = "@JvmStatic fun main() { val c = 'x'; val s = \"\"\"raw\ntext\"\"\" }";
        assertThat(tokens(kt, kotlin, "keyword")).containsExactly("fun", "val", "val");
        assertThat(tokens(kt, kotlin, "meta")).containsExactly("@JvmStatic");
        assertThat(tokens(kt, kotlin, "string")).containsExactly("'x'", "\"\"\"raw\ntext\"\"\"");

        Language scala = TestLanguages.get("scala");
        String sc = "object Main:\n  def main(args: Array[String]): Unit = println(s\"hi\") // done";
        assertThat(tokens(sc, scala, "keyword")).containsExactly("object", "def");
        assertThat(tokens(sc, scala, "type")).containsExactly("Array", "String", "Unit", "println");
        assertThat(tokens(sc, scala, "comment")).containsExactly("// done");

        Language ts = TestLanguages.get("typescript");
        String code = "interface P { x: number }\nconst p: P = { x: 1 }; console.log(`${p.x}`);";
        assertThat(tokens(code, ts, "keyword")).containsExactly("interface", "const");
        assertThat(tokens(code, ts, "type")).containsExactly("number", "console");
        assertThat(tokens(code, ts, "string")).containsExactly("`${p.x}`");
        assertThat(ts.indentUnit()).isEqualTo("  ");
    }

    @Test
    void theScriptingFamiliesHighlightTheirOwnCommentsAndVariables() {
        Language ruby = TestLanguages.get("ruby");
        assertThat(tokens("def f(x) # note\n  x end", ruby, "keyword")).containsExactly("def", "end");
        assertThat(tokens("def f(x) # note\n  x end", ruby, "comment")).containsExactly("# note");
        Language perl = TestLanguages.get("perl");
        assertThat(tokens("my $n = $#list; # last", perl, "meta")).containsExactly("$n", "$#");
        assertThat(tokens("my $n = $#list; # last", perl, "comment")).containsExactly("# last");
        Language lua = TestLanguages.get("lua");
        assertThat(tokens("local x = 1 -- one", lua, "comment")).containsExactly("-- one");
        Language haskell = TestLanguages.get("haskell");
        assertThat(tokens("main :: IO () -- entry\nmain = do", haskell, "keyword")).containsExactly("do");
        assertThat(tokens("main :: IO () -- entry\nmain = do", haskell, "comment")).containsExactly("-- entry");
        Language php = TestLanguages.get("php");
        assertThat(tokens("echo $s; // out", php, "meta")).containsExactly("$s");
        assertThat(tokens("echo $s; // out", php, "keyword")).containsExactly("echo");
    }

    @Test
    void aHaskellPrimeIsPartOfTheNameNotACharacterLiteral() {
        Language haskell = TestLanguages.get("haskell");
        String code = "go acc' x' = let x'' = x' + 1 in acc' ++ ['a', '\\'']  -- primes\n"
                + "{- a block {- nested -} comment -}\nmain = print (go \"\" 'b')\n";
        assertThat(tokens(code, haskell, "string")).containsExactly("'a'", "'\\''", "\"\"", "'b'");
        assertThat(tokens(code, haskell, "comment")).containsExactly("-- primes", "{- a block {- nested -} comment -}");
        assertThat(tokens(code, haskell, "keyword")).containsExactly("let", "in");
        assertThat(tokens(code, haskell, "number")).containsExactly("1");
    }

    static List<Language> nodeLanguages() {
        return TestLanguages.ALL.all().stream().map(Language::of).toList();
    }

    /** Every starter program the node's table gives; a language with no rules here is plain text, no gaps either. */
    @ParameterizedTest
    @MethodSource("nodeLanguages")
    void starterProgramsHighlightWithoutGaps(Language language) {
        String text = language.template();
        List<StyleSpans<Collection<String>>> paragraphs = SyntaxHighlighter.paragraphSpans(text, language);
        String[] lines = text.split("\n", -1);
        assertThat(paragraphs).hasSize(lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertThat(paragraphs.get(i).length()).as("line %d", i + 1).isEqualTo(lines[i].length());
        }
        if (language.family() == Family.PLAIN) {
            assertThat(SyntaxHighlighter.tokens(text, language)).isEmpty();
        } else {
            assertThat(SyntaxHighlighter.tokens(text, language)).extracting(Token::styleClass).as(language.id())
                    .containsAnyOf("keyword", "type");
        }
    }

    @Test
    void aLanguageTheEditorHasNoRulesForIsPlainText() {
        Language cobol = Language.of(new org.labjudge.protocol.LanguageInfo("cobol", "COBOL", "3.2", "main.cob",
                true, List.of("cob"), "       IDENTIFICATION DIVISION.\n"));
        assertThat(cobol.family()).isEqualTo(Family.PLAIN);
        assertThat(SyntaxHighlighter.tokens(cobol.template(), cobol)).isEmpty();
        assertThat(SyntaxHighlighter.paragraphSpans(cobol.template(), cobol)).hasSize(2);
        assertThat(cobol.indentUnit()).isEqualTo("    ");
    }

    @Test
    void aFiveThousandLineFileIsStyledToItsLastLine() {
        // How fast is FamilyHighlightingBenchmarkTest's to print; this checks that size changes nothing.
        String block = "    public static int f(int x) { // comment\n        return \"str\".length() + x * 42;\n    }\n";
        String text = "class Big {\n" + block.repeat(1700) + "}\n";
        assertThat(text.split("\n").length).isGreaterThan(5000);
        List<StyleSpans<Collection<String>>> spans = SyntaxHighlighter.paragraphSpans(text, TestLanguages.JAVA);
        assertThat(spans).hasSize(text.split("\n", -1).length);
        int lastBlock = 1 + 3 * 1699;
        for (int line = 0; line < 3; line++) {
            assertThat(spans.get(lastBlock + line)).isEqualTo(spans.get(1 + line));
        }
        assertThat(spans.get(1).getSpanCount()).isGreaterThan(1);
    }
}
