package org.labjudge.app.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexTextTest {

    @Test
    void commonStatementMathBecomesReadable() {
        assertThat(TexText.toUnicode("-10^{9} \\le a, b \\le 10^{9}")).isEqualTo("-10\u2079 \u2264 a, b \u2264 10\u2079");
        assertThat(TexText.toUnicode("1 \\leq N \\leq 10^{7}")).isEqualTo("1 \u2264 N \u2264 10\u2077");
        assertThat(TexText.toUnicode("\\pi r^2")).isEqualTo("\u03c0 r\u00b2");
        assertThat(TexText.toUnicode("a_i")).isEqualTo("a_i");
        assertThat(TexText.toUnicode("a_{1}")).isEqualTo("a\u2081");
        assertThat(TexText.toUnicode("O(N \\log \\log N)")).isEqualTo("O(N log log N)");
        assertThat(TexText.toUnicode("\\frac{a+b}{2}")).isEqualTo("(a+b)/2");
        assertThat(TexText.toUnicode("\\sqrt{N}")).isEqualTo("\u221aN");
        assertThat(TexText.toUnicode("x^{ab}")).isEqualTo("x^(ab)");
        assertThat(TexText.toUnicode("\\text{if } x \\ne y")).isEqualTo("if x \u2260 y");
        assertThat(TexText.toUnicode("\\unknown{x}")).isEqualTo("\\unknownx");
    }
}
