package org.labjudge.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The parser on what each compiler and syntax checker of the node's table printed for a program with a mistake,
 * captured once from a real node (src/test/resources/compiler-output/LANG.txt; the programs, most of them two
 * files with the mistake in the second, are in that folder's README).
 */
class CompilerMessagesTest {

    @Test
    void gccAndGxxNameTheHeader() throws IOException {
        assertThat(parsed("c")).containsExactly(
                new CompilerMessage("util.h", 3, 16, "error: \u2018factor\u2019 undeclared (first use in this function)"));
        assertThat(parsed("cpp")).containsExactly(
                new CompilerMessage("util.hpp", 2, 16, "error: \u2018factor\u2019 was not declared in this scope"));
    }

    @Test
    void jvmCompilers() throws IOException {
        assertThat(parsed("java")).containsExactly(new CompilerMessage("Helper.java", 3, 0, "error: cannot find symbol"));
        assertThat(parsed("kotlin")).containsExactly(
                new CompilerMessage("helper.kt", 2, 16, "error: unresolved reference 'factor'."));
        assertThat(parsed("scala")).containsExactly(new CompilerMessage("Helper.scala", 3, 8, "error: Not found: factor"));
    }

    @Test
    void rustGoAndD() throws IOException {
        assertThat(parsed("rust")).containsExactly(
                new CompilerMessage("geometry.rs", 3, 9, "error[E0425]: cannot find value `factor` in this scope"));
        assertThat(parsed("go")).containsExactly(new CompilerMessage("util.go", 4, 13, "undefined: factor"));
        assertThat(parsed("d")).containsExactly(new CompilerMessage("helper.d", 3, 16,
                "error: undefined identifier \u2018factor\u2019, did you mean enum member \u2018MIctor\u2019?"));
    }

    @Test
    void parenthesisedPlaces() throws IOException {
        assertThat(parsed("csharp")).containsExactly(new CompilerMessage("helper.cs", 3, 20,
                "error CS0103: The name `factor' does not exist in the current context"));
        // fpc's closing "helper.pas(10) Fatal: There were 1 errors" is a summary, not a place.
        assertThat(parsed("pascal")).containsExactly(
                new CompilerMessage("helper.pas", 7, 16, "Error: Identifier not found \"factor\""));
        assertThat(parsed("typescript")).containsExactly(
                new CompilerMessage("helper.ts", 2, 16, "error TS2304: Cannot find name 'factor'."));
    }

    @Test
    void textOnTheLinesBelowThePlace() throws IOException {
        assertThat(parsed("fortran")).containsExactly(
                new CompilerMessage("a_helper.f90", 6, 22, "Error: Symbol \u2018factor\u2019 at (1) has no IMPLICIT type"),
                new CompilerMessage("main.f90", 2, 7, "Fatal Error: Cannot open module file \u2018helper.mod\u2019"
                        + " for reading at (1): No such file or directory"));
        assertThat(parsed("ocaml")).containsExactly(new CompilerMessage("helper.ml", 2, 7, "Error: Unbound value factor"));
        assertThat(parsed("python")).containsExactly(
                new CompilerMessage("helper.py", 2, 0, "SyntaxError: '(' was never closed"));
        assertThat(parsed("pypy3")).containsExactly(
                new CompilerMessage("main.py", 1, 0, "SyntaxError: parenthesis is never closed"));
        assertThat(parsed("javascript")).containsExactly(
                new CompilerMessage("main.js", 2, 0, "SyntaxError: Unexpected token '*'"));
    }

    @Test
    void haskellAdaErlang() throws IOException {
        assertThat(parsed("haskell")).containsExactly(
                new CompilerMessage("Helper.hs", 3, 15, "error: Variable not in scope: factor :: Int"));
        assertThat(parsed("ada")).containsExactly(new CompilerMessage("main.adb", 5, 45, "error: \"Factor\" is undefined"));
        assertThat(parsed("erlang")).containsExactly(
                new CompilerMessage("main.erl", 7, 17, "variable 'Factor' is unbound"));
    }

    @Test
    void syntaxCheckers() throws IOException {
        assertThat(parsed("bash")).containsExactly(
                new CompilerMessage("main.sh", 3, 0, "syntax error near unexpected token `fi'"));
        assertThat(parsed("ruby")).containsExactly(
                new CompilerMessage("main.rb", 4, 0, "syntax error, unexpected end-of-input, expecting `end'"));
        assertThat(parsed("perl")).containsExactly(new CompilerMessage("main.perl", 2, 0, "syntax error"));
        assertThat(parsed("php")).containsExactly(
                new CompilerMessage("main.php", 3, 0, "Parse error: syntax error, unexpected token \"echo\""));
        assertThat(parsed("lua")).containsExactly(new CompilerMessage("main.lua", 2, 0, "unexpected symbol near ')'"));
        assertThat(parsed("r")).containsExactly(new CompilerMessage("main.R", 2, 8, "unexpected symbol"));
        assertThat(parsed("prolog")).containsExactly(
                new CompilerMessage("main.pl", 1, 19, "Syntax error: Operator expected"));
    }

    @Test
    void aWarningAndAnErrorOfGccAtTheirColumns() {
        String out = "main.c: In function 'main':\n"
                + "main.c:4:5: error: expected ';' before 'return'\n"
                + "    4 |     return 0\n"
                + "main.c:2:10: note: something\n"
                + "main.c:3:13: warning: unused variable 'x' [-Wunused-variable]\n";
        assertThat(CompilerMessages.parse(out)).containsExactly(
                new CompilerMessage("main.c", 4, 5, "error: expected ';' before 'return'"),
                new CompilerMessage("main.c", 3, 13, "warning: unused variable 'x' [-Wunused-variable]"));
        assertThat(CompilerMessages.parse(out).get(1).isWarning()).isTrue();
    }

    @Test
    void sbclNamesNoLineAndNothingElseIsAPlace() throws IOException {
        assertThat(parsed("lisp")).isEmpty();
        assertThat(CompilerMessages.parse("")).isEmpty();
        assertThat(CompilerMessages.parse(null)).isEmpty();
        assertThat(CompilerMessages.parse("collect2: error: ld returned 1 exit status")).isEmpty();
    }

    private static java.util.List<CompilerMessage> parsed(String language) throws IOException {
        try (InputStream in = CompilerMessagesTest.class.getResourceAsStream("/compiler-output/" + language + ".txt")) {
            return CompilerMessages.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
