package org.labjudge.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompilerMessagesTest {

    @Test
    void gccAndClang() {
        String out = "main.c: In function 'main':\n"
                + "main.c:4:5: error: expected ';' before 'return'\n"
                + "    4 |     return 0\n"
                + "main.c:2:10: note: something\n";
        assertThat(CompilerMessages.parse(out))
                .containsExactly(new CompilerMessage(4, 5, "error: expected ';' before 'return'"));
    }

    @Test
    void javac() {
        String out = "Main.java:5: error: ';' expected\n        int x = 1\n                 ^\n1 error\n";
        assertThat(CompilerMessages.parse(out)).containsExactly(new CompilerMessage(5, 0, "error: ';' expected"));
    }

    @Test
    void goWithPathPrefixAndRust() {
        assertThat(CompilerMessages.parse("./main.go:7:2: undefined: x\n"))
                .containsExactly(new CompilerMessage(7, 2, "undefined: x"));
        String rust = "error[E0425]: cannot find value `y` in this scope\n --> main.rs:3:13\n  |\n";
        assertThat(CompilerMessages.parse(rust))
                .containsExactly(new CompilerMessage(3, 13, "error[E0425]: cannot find value `y` in this scope"));
    }

    @Test
    void pythonAndBash() {
        String python = "  File \"/work/main.py\", line 2\n    print(\n         ^\nSyntaxError: '(' was never closed\n";
        assertThat(CompilerMessages.parse(python))
                .containsExactly(new CompilerMessage(2, 0, "SyntaxError: '(' was never closed"));
        assertThat(CompilerMessages.parse("main.sh: line 3: syntax error near unexpected token `fi'\n"))
                .containsExactly(new CompilerMessage(3, 0, "syntax error near unexpected token `fi'"));
    }

    @Test
    void nothingToFind() {
        assertThat(CompilerMessages.parse("")).isEmpty();
        assertThat(CompilerMessages.parse(null)).isEmpty();
        assertThat(CompilerMessages.parse("collect2: error: ld returned 1 exit status")).isEmpty();
    }
}
