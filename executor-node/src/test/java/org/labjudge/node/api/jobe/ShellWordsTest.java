package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobe's argument strings split into the words a shell would make of them, with nothing expanded. */
class ShellWordsTest {

    @Test
    void quotedPartsStayOneWord() {
        assertThat(ShellWords.split("-c \"print(\\\"Blah\\\")\"")).containsExactly("-c", "print(\"Blah\")");
        assertThat(ShellWords.split("'a b' c\\ d")).containsExactly("a b", "c d");
    }

    @Test
    void everyElementIsSplitInOrder() {
        assertThat(ShellWords.split(List.of("-Wall", "-x c", ""))).containsExactly("-Wall", "-x", "c");
    }

    @Test
    void nothingIsExpanded() {
        assertThat(ShellWords.split("$HOME *.c `id`")).containsExactly("$HOME", "*.c", "`id`");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> ShellWords.split("\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
