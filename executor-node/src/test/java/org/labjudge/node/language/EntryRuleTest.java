package org.labjudge.node.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.SourceFile;

/** Each language's rule for the main file of a program of several files, and what it compiles. */
class EntryRuleTest {
    private final LanguageTable table = LanguageTable.defaults();

    private Entry entry(String language, String problem, SourceFile... files) {
        return table.find(language).orElseThrow().entryOf(List.of(files), problem);
    }

    private static SourceFile file(String name, String content) {
        return new SourceFile(name, content);
    }

    @Test
    void pythonPrefersTheFileNamedLikeTheProblemThenTheMainGuardThenTheOnlyFile() {
        SourceFile guarded = file("app.py", "if __name__ == '__main__':\n    main()\n");
        SourceFile plain = file("util.py", "def f(): pass\n");
        SourceFile named = file("Sum.py", "import util\n");

        assertThat(entry("python", "sum", guarded, plain, named).mainFile()).isEqualTo("Sum.py");
        assertThat(entry("python", "sum", guarded, plain)).isEqualTo(new Entry("app.py", "app",
                List.of("util.py", "app.py")));
        assertThat(entry("python", null, plain).mainFile()).isEqualTo("util.py");
        assertThatThrownBy(() -> entry("python", "sum", plain, file("b.py", "")))
                .isInstanceOf(EntryException.class)
                .hasMessage("cannot tell the main file among b.py, util.py: name it sum.py, or give one an"
                        + " if __name__ == \"__main__\": block");
    }

    @Test
    void aMainGuardInACommentOrAFunctionDoesNotCount() {
        SourceFile commented = file("a.py", "# if __name__ == '__main__':\ndef f():\n    if __name__ == '__main__':\n        pass\n");
        assertThatThrownBy(() -> entry("python", null, commented, file("b.py", "")))
                .isInstanceOf(EntryException.class).hasMessageContaining("among a.py, b.py");
    }

    @Test
    void javaRunsTheClassWithMainAndCompilesEveryClass() {
        Entry java = entry("java", null, file("Solution.java", "class Solution { public static void main(String[] a) {} }"),
                file("Adder.java", "class Adder { // static void main( in a comment\n}"));

        assertThat(java).isEqualTo(new Entry("Solution.java", "Solution", List.of("Adder.java", "Solution.java")));
        assertThat(table.find("java").orElseThrow().buildCommandFor(java))
                .endsWith("-d", ".", "Adder.java", "Solution.java");
    }

    @Test
    void severalJavaMainsAreNarrowedByTheProblemThenMainElseRefused() {
        SourceFile a = file("A.java", "class A { public static void main(String[] x) {} }");
        SourceFile b = file("B.java", "class B { static public void main(String[] x) {} public static void main(String[] x) {} }");
        SourceFile main = file("Main.java", "class Main { public static void main(String[] x) {} }");

        assertThat(entry("java", "a", a, main).mainName()).isEqualTo("A");
        assertThat(entry("java", "other", a, main).mainName()).isEqualTo("Main");
        assertThatThrownBy(() -> entry("java", "other", a, b)).isInstanceOf(EntryException.class)
                .hasMessage("several classes have a main method (A.java, B.java): keep one, or name it after the"
                        + " problem (other)");
    }

    @Test
    void kotlinAndScalaStartTheClassTheirCompilerMakes() {
        assertThat(entry("kotlin", null, file("app.kt", "fun main() {}\n"), file("util.kt", "fun f() = 1\n")))
                .isEqualTo(new Entry("app.kt", "AppKt", List.of("util.kt", "app.kt")));
        assertThat(entry("scala", null, file("Run.scala", "object Helper\nobject Solver:\n  def main(a: Array[String]) = ()\n"))
                .mainName()).isEqualTo("Solver");
        // A single file keeps the command the table had: main.kt's MainKt.
        assertThat(table.find("kotlin").orElseThrow().runCommandFor("fun main() {}\n")).contains("MainKt");
    }

    @Test
    void cAndCppCompileEverySourceButNotTheHeaders() {
        Entry c = entry("c", null, file("util.c", "int twice(int x) { return 2 * x; }"), file("util.h", "int twice(int);"),
                file("prog.c", "int main(void) { return 0; }"));

        assertThat(c).isEqualTo(new Entry("prog.c", "prog", List.of("util.c", "prog.c")));
        assertThat(table.find("c").orElseThrow().buildCommandFor(c))
                .containsExactly("gcc", "-O2", "-std=gnu17", "-pipe", "-o", "main", "util.c", "prog.c", "-lm");
        assertThat(table.find("cpp").orElseThrow().info("12").headers()).contains("h", "hpp");
    }

    @Test
    void goBuildsTheFilesOfPackageMain() {
        Entry go = entry("go", null, file("lib.go", "package lib\n"), file("b.go", "package main\nfunc main() {}\n"),
                file("a.go", "// package other\npackage main\n"));

        assertThat(go).isEqualTo(new Entry("b.go", "b", List.of("a.go", "b.go")));
        assertThatThrownBy(() -> entry("go", null, file("x.go", "package x\n"), file("y.go", "package y\n")))
                .hasMessage("no file among x.go, y.go is of package main");
    }

    @Test
    void rustCompilesMainRsWhichFindsItsModules() {
        assertThat(entry("rust", null, file("geometry.rs", "pub fn f() {}"), file("main.rs", "mod geometry;\nfn main() {}")))
                .isEqualTo(Entry.alone("main.rs"));
        assertThat(entry("rust", null, file("a.rs", "pub fn f() {}"), file("b.rs", "mod a;\nfn main() {}")).mainFile())
                .isEqualTo("b.rs");
    }

    @Test
    void otherLanguagesTakeTheFileNamedLikeTheProblemThenMainThenTheOnlyOne() {
        assertThat(entry("ruby", "sum", file("main.rb", ""), file("sum.rb", ""))).isEqualTo(Entry.alone("sum.rb"));
        assertThat(entry("ruby", "sum", file("main.rb", ""), file("lib.rb", ""))).isEqualTo(Entry.alone("main.rb"));
        assertThat(entry("ocaml", null, file("main.ml", ""), file("b.ml", ""), file("a.ml", "")))
                .isEqualTo(new Entry("main.ml", "main", List.of("a.ml", "b.ml", "main.ml")));
        assertThatThrownBy(() -> entry("ruby", "sum", file("a.rb", ""), file("b.rb", "")))
                .isInstanceOf(EntryException.class)
                .hasMessage("cannot tell the main file among a.rb, b.rb: name it sum.rb or main.rb");
    }

    @Test
    void filesOfNoSourceOfTheLanguageAreRefused() {
        assertThatThrownBy(() -> entry("c", null, file("notes.txt", ""), file("util.h", "")))
                .isInstanceOf(EntryException.class)
                .hasMessage("none of the files (notes.txt, util.h) is a C (GCC) source (.c)");
    }
}
