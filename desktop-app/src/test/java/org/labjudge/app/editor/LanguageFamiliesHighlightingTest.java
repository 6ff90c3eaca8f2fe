package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The families of OCaml, Common Lisp, Prolog, Pascal, Fortran, Ada, Erlang and Octave: each one's own comments,
 * literals and names on programs as students write them, token by token; and the block comments that nest in Rust,
 * Kotlin and Scala as in OCaml.
 */
class LanguageFamiliesHighlightingTest {

    /** The text of each token of {@code kind}, in order. */
    private static List<String> tokens(String text, String languageId, String kind) {
        Language language = TestLanguages.get(languageId);
        return SyntaxHighlighter.tokens(text, language).stream().filter(t -> t.styleClass().equals(kind))
                .map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void ocamlNestedCommentsTypeVariablesCharactersAndPrimes() {
        String code = """
                (* sum (* of all *) inputs *)
                let rec sum (acc : 'a list) x' = match x' with
                  | [] -> print_char '\\n'; 0
                  | h :: t -> h + sum t t
                """;
        assertThat(tokens(code, "ocaml", "comment")).containsExactly("(* sum (* of all *) inputs *)");
        assertThat(tokens(code, "ocaml", "meta")).containsExactly("'a");
        assertThat(tokens(code, "ocaml", "string")).containsExactly("'\\n'");
        assertThat(tokens(code, "ocaml", "keyword")).containsExactly("let", "rec", "match", "with");
        assertThat(tokens(code, "ocaml", "type")).containsExactly("list");
        assertThat(tokens(code, "ocaml", "number")).containsExactly("0");
        assertThat(TestLanguages.get("ocaml").family().lineComment()).isNull();
    }

    @Test
    void rustKotlinAndScalaBlockCommentsNest() {
        String code = """
                /* commented out:
                   /* an inner note */
                   x = 1 */
                val y = 2
                """;
        for (String id : List.of("rust", "kotlin", "scala")) {
            assertThat(tokens(code, id, "comment")).as(id)
                    .containsExactly("/* commented out:\n   /* an inner note */\n   x = 1 */");
            assertThat(tokens(code, id, "number")).as(id).containsExactly("2");
        }
        assertThat(tokens(code, "java", "comment")).as("Java's do not nest")
                .containsExactly("/* commented out:\n   /* an inner note */");
    }

    @Test
    void lispSymbolsKeywordsCharactersAndBlockComments() {
        String code = """
                #| reads #| nested |# numbers |#
                (defun SUM-ALL (&optional (xs '(1 -2)))
                  "Adds XS.
                Spans lines."
                  (format t "~a~%" (reduce #'+ xs :initial-value 0)) ; print it
                  (princ #\\;))
                """;
        assertThat(tokens(code, "lisp", "comment")).containsExactly("#| reads #| nested |# numbers |#", "; print it");
        assertThat(tokens(code, "lisp", "keyword")).containsExactly("defun", "&optional", "t");
        assertThat(tokens(code, "lisp", "type")).containsExactly("format", "reduce", "princ");
        assertThat(tokens(code, "lisp", "string")).containsExactly("\"Adds XS.\nSpans lines.\"", "\"~a~%\"", "#\\;");
        assertThat(tokens(code, "lisp", "meta")).containsExactly("#'+", ":initial-value");
        assertThat(tokens(code, "lisp", "number")).containsExactly("1", "-2", "0");
    }

    @Test
    void prologVariablesQuotedAtomsAndCharacterCodes() {
        String code = """
                /* the first word */
                main :- read_term(X, []), atom_codes(X, [C|_Rest]),
                    C =:= 0'a, write('it''s a'), nl.  % done
                """;
        assertThat(tokens(code, "prolog", "comment")).containsExactly("/* the first word */", "% done");
        assertThat(tokens(code, "prolog", "meta")).containsExactly("X", "X", "C", "_Rest", "C");
        assertThat(tokens(code, "prolog", "number")).containsExactly("0'a");
        assertThat(tokens(code, "prolog", "string")).containsExactly("'it''s a'");
        assertThat(tokens(code, "prolog", "type")).containsExactly("read_term", "atom_codes", "write", "nl");
    }

    @Test
    void pascalIsCaseInsensitiveWithBraceCommentsDirectivesAndDoubledQuotes() {
        String code = """
                {$mode objfpc}
                program Main;
                var s: String; { a comment }
                BEGIN
                  s := 'it''s' + #13 + Chr($FF); (* old style *)
                  WriteLn(s); // done
                End.
                """;
        assertThat(tokens(code, "pascal", "meta")).containsExactly("{$mode objfpc}");
        assertThat(tokens(code, "pascal", "comment")).containsExactly("{ a comment }", "(* old style *)", "// done");
        assertThat(tokens(code, "pascal", "keyword")).containsExactly("program", "var", "String", "BEGIN", "End");
        assertThat(tokens(code, "pascal", "string")).containsExactly("'it''s'", "#13");
        assertThat(tokens(code, "pascal", "number")).containsExactly("$FF");
        assertThat(tokens(code, "pascal", "type")).containsExactly("Chr", "WriteLn");
    }

    @Test
    void fortranBangCommentsBothQuotesAndAnyCase() {
        String code = """
                PROGRAM main
                  implicit none
                  integer :: n  ! the count
                  read (*, *) n
                  print '(a, i0)', "n's value: ", n
                end program main
                """;
        assertThat(tokens(code, "fortran", "comment")).containsExactly("! the count");
        assertThat(tokens(code, "fortran", "keyword"))
                .containsExactly("PROGRAM", "implicit", "none", "read", "print", "end", "program");
        assertThat(tokens(code, "fortran", "type")).containsExactly("integer");
        assertThat(tokens(code, "fortran", "string")).containsExactly("'(a, i0)'", "\"n's value: \"");
    }

    @Test
    void adaAttributesAreNotCharacterLiterals() {
        String code = """
                with Ada.Text_IO; use Ada.Text_IO;
                procedure Main is
                   L : constant String := "say ""hi"" now";  -- quoted
                begin
                   Put_Line (Integer'Image (L'Length) & ';' & L);
                end Main;
                """;
        assertThat(tokens(code, "ada", "comment")).containsExactly("-- quoted");
        assertThat(tokens(code, "ada", "string")).containsExactly("\"say \"\"hi\"\" now\"", "';'");
        assertThat(tokens(code, "ada", "meta")).containsExactly("'Image", "'Length");
        assertThat(tokens(code, "ada", "keyword"))
                .containsExactly("with", "use", "procedure", "is", "constant", "begin", "end");
        assertThat(tokens(code, "ada", "type"))
                .containsExactly("Ada", "Text_IO", "Ada", "Text_IO", "String", "Put_Line", "Integer");
        assertThat(TestLanguages.get("ada").indentUnit()).isEqualTo("   ");
    }

    @Test
    void erlangAttributesVariablesAtomsAndCharacters() {
        String code = """
                -module(main).
                -export([main/0]).
                main() ->
                    {ok, [N]} = io:fread("", "~d"),  % read one
                    Sep = $%, Quoted = 'an atom',
                    io:format("~w~c~n", [N, Sep]).
                """;
        assertThat(tokens(code, "erlang", "meta")).containsExactly("-module", "-export", "N", "Sep", "Quoted", "N",
                "Sep");
        assertThat(tokens(code, "erlang", "comment")).containsExactly("% read one");
        assertThat(tokens(code, "erlang", "string")).containsExactly("\"\"", "\"~d\"", "$%", "'an atom'",
                "\"~w~c~n\"");
        assertThat(tokens(code, "erlang", "type")).containsExactly("ok", "io", "fread", "io", "format");
    }

    @Test
    void octaveTransposeIsNoStringAndBlockCommentsStandAlone() {
        String code = """
                %{
                a block comment
                %}
                function r = f(a)  # one
                  r = a' * a; s = 'it''s'; % two
                endfunction
                """;
        assertThat(tokens(code, "octave", "comment")).containsExactly("%{\na block comment\n%}", "# one", "% two");
        assertThat(tokens(code, "octave", "string")).containsExactly("'it''s'");
        assertThat(tokens(code, "octave", "keyword")).containsExactly("function", "endfunction");
    }

    @Test
    void anOctaveBraceAfterCodeStartsOnlyALineComment() {
        String code = "x = 1; %{ not a block\ny = 2;\n";
        assertThat(tokens(code, "octave", "comment")).containsExactly("%{ not a block");
        assertThat(tokens(code, "octave", "number")).containsExactly("1", "2");
    }

    @Test
    void everyLanguageOfTheNodesTableHasAFamily() {
        assertThat(TestLanguages.ALL.all()).extracting(info -> Language.of(info).family())
                .doesNotContain(Family.PLAIN);
    }
}
