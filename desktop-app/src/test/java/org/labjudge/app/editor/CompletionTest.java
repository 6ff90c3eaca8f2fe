package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word completion without a window: the language's keywords and the file's own words. */
class CompletionTest {

    @Test
    void completesKeywordsAndWordsOfTheFileShortestFirst() {
        String text = "numbers = [1, 2]\nnumber_count = len(numbers)\nfor n in nu";
        assertThat(Completion.candidates(text, text.length(), TestLanguages.PYTHON))
                .containsExactly("numbers", "number_count");
        String keyword = "def f():\n    ret";
        assertThat(Completion.candidates(keyword, keyword.length(), TestLanguages.PYTHON)).containsExactly("return");
        String c = "int main(void) { whi";
        assertThat(Completion.candidates(c, c.length(), TestLanguages.C)).containsExactly("while");
    }

    @Test
    void nothingAfterANumberOrOutsideAWord() {
        assertThat(Completion.candidates("x = 12", 6, TestLanguages.PYTHON)).isEmpty();
        assertThat(Completion.candidates("print(x) ", 9, TestLanguages.PYTHON)).isEmpty();
        assertThat(Completion.prefixAt("total_sum = tot", 15)).isEqualTo("tot");
    }
}
