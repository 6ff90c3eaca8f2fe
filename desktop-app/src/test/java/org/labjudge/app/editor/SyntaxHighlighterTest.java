package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntaxHighlighterTest {

    /** The text of each token of {@code kind}. */
    private static List<String> tokens(String text, Language language, String kind) {
        return SyntaxHighlighter.tokens(text, language).stream().filter(t -> t.styleClass().equals(kind))
                .map(t -> text.substring(t.start(), t.end())).collect(Collectors.toList());
    }

    @Test
    void pythonKeywordsStringsCommentsAndNumbers() {
        String code = "def f(x):  # add one\n    return x + 1 if x else \"no # comment\"\n";
        assertThat(tokens(code, Language.PYTHON, "keyword")).containsExactly("def", "return", "if", "else");
        assertThat(tokens(code, Language.PYTHON, "comment")).containsExactly("# add one");
        assertThat(tokens(code, Language.PYTHON, "string")).containsExactly("\"no # comment\"");
        assertThat(tokens(code, Language.PYTHON, "number")).containsExactly("1");
    }

    @Test
    void javaBlockCommentsSpanLinesAndAnnotationsAreMeta() {
        String code = "/* a\n * b */\n@Override public int f() { return 0x1F; }";
        assertThat(tokens(code, Language.JAVA, "comment")).containsExactly("/* a\n * b */");
        assertThat(tokens(code, Language.JAVA, "meta")).containsExactly("@Override");
        assertThat(tokens(code, Language.JAVA, "keyword")).containsExactly("public", "return");
        assertThat(tokens(code, Language.JAVA, "type")).containsExactly("int");
        assertThat(tokens(code, Language.JAVA, "number")).containsExactly("0x1F");
    }

    @Test
    void cPreprocessorRustMacrosAndBashVariables() {
        assertThat(tokens("#include <stdio.h>\nint main(void) {}", Language.C, "meta"))
                .containsExactly("#include <stdio.h>");
        assertThat(tokens("fn main() { println!(\"{}\", 1); }", Language.RUST, "meta")).containsExactly("println!");
        assertThat(tokens("echo $# ${name} # note", Language.BASH, "meta")).containsExactly("$#", "${name}");
        assertThat(tokens("echo $# ${name} # note", Language.BASH, "comment")).containsExactly("# note");
        assertThat(tokens("const s = `a ${b}`; let x = 2;", Language.JAVASCRIPT, "string")).containsExactly("`a ${b}`");
        assertThat(tokens("func main() { s := `raw` }", Language.GO, "keyword")).containsExactly("func");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void starterProgramsHighlightWithoutGaps(Language language) {
        String text = StarterTemplates.of(language);
        List<StyleSpans<Collection<String>>> paragraphs = SyntaxHighlighter.paragraphSpans(text, language);
        String[] lines = text.split("\n", -1);
        assertThat(paragraphs).hasSize(lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertThat(paragraphs.get(i).length()).as("line %d", i + 1).isEqualTo(lines[i].length());
        }
        assertThat(SyntaxHighlighter.tokens(text, language)).extracting(Token::styleClass).contains("keyword");
    }

    @Test
    void aFiveThousandLineFileIsHighlightedQuickly() {
        String block = "    public static int f(int x) { // comment\n        return \"str\".length() + x * 42;\n    }\n";
        String text = "class Big {\n" + block.repeat(1700) + "}\n";
        assertThat(text.split("\n").length).isGreaterThan(5000);
        long best = Long.MAX_VALUE;
        List<StyleSpans<Collection<String>>> spans = List.of();
        for (int round = 0; round < 5; round++) { // the first rounds warm up the JIT
            long start = System.nanoTime();
            spans = SyntaxHighlighter.paragraphSpans(text, Language.JAVA);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(spans).hasSize(text.split("\n", -1).length);
        // It runs off the UI thread anyway; this bounds how stale highlighting can get while typing.
        assertThat(best).isLessThan(250);
    }
}
