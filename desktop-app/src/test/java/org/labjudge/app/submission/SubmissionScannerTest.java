package org.labjudge.app.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.editor.TestLanguages;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.SourceFile;

class SubmissionScannerTest {

    @TempDir
    Path dir;

    @Test
    void aFileOrAFolderPerStudent() throws Exception {
        Files.writeString(dir.resolve("alice.py"), "print(1)\n");
        Files.writeString(dir.resolve("zed.cpp"), "int main(){}\n");
        Files.createDirectories(dir.resolve("bob"));
        Files.writeString(dir.resolve("bob/Main.java"), "class Main {}\n");
        Files.writeString(dir.resolve("bob/Helper.java"), "class Helper {}\n");
        Files.writeString(dir.resolve("bob/notes.md"), "notes\n");
        Files.createDirectories(dir.resolve("carol"));
        Files.writeString(dir.resolve("carol/a.py"), "1\n");
        Files.writeString(dir.resolve("carol/b.c"), "2\n");
        Files.createDirectories(dir.resolve("dan"));
        Files.writeString(dir.resolve("dan/main.c"), "#include \"util.h\"\n");
        Files.writeString(dir.resolve("dan/util.c"), "int f(void) { return 1; }\n");
        Files.writeString(dir.resolve("dan/util.h"), "int f(void);\n");
        Files.writeString(dir.resolve("dan/main.o"), "\u007fELF");
        Files.writeString(dir.resolve("dan/.hidden.c"), "x");
        Files.writeString(dir.resolve(".DS_Store"), "x");

        List<Submission> submissions = SubmissionScanner.scan(dir, TestLanguages.ALL);

        assertThat(submissions).extracting(Submission::student).containsExactly("alice", "bob", "carol", "dan", "zed");
        Submission alice = submissions.get(0);
        assertThat(alice.language()).isEqualTo("python");
        assertThat(alice.source()).isEqualTo("print(1)\n");
        // A folder is one program of several files; which is the main one, the node's language rule decides.
        Submission bob = submissions.get(1);
        assertThat(bob.language()).isEqualTo("java");
        assertThat(bob.source()).isNull();
        assertThat(bob.files()).containsExactly(new SourceFile("Helper.java", "class Helper {}\n"),
                new SourceFile("Main.java", "class Main {}\n"));
        Submission carol = submissions.get(2);
        assertThat(carol.usable()).isFalse();
        assertThat(carol.problem()).isEqualTo("sources of several languages (c: b.c; python: a.py): keep one language");
        Submission dan = submissions.get(3);
        assertThat(dan.language()).isEqualTo("c");
        assertThat(dan.files()).extracting(SourceFile::name).containsExactly("main.c", "util.c", "util.h");
        assertThat(submissions.get(4).language()).isEqualTo("cpp");
    }

    @Test
    void aFileOfNoKnownLanguageIsAStudentWithTheReason() throws Exception {
        Files.writeString(dir.resolve("zoe.txt"), "my answer is 3\n");

        List<Submission> submissions = SubmissionScanner.scan(dir, TestLanguages.ALL);

        assertThat(submissions).hasSize(1);
        Submission zoe = submissions.get(0);
        assertThat(zoe.student()).isEqualTo("zoe");
        assertThat(zoe.usable()).isFalse();
        assertThat(zoe.problem()).startsWith("unknown file type (the pool knows ").contains(" .py ");
    }

    @Test
    void languagesFollowTheExtensionsTheNodeLists() {
        assertThat(List.of("a.py", "A.java", "a.c", "a.cc", "a.cpp", "a.cxx", "a.js", "a.go", "a.rs", "a.sh", "a.rb",
                "a.h", "a.txt", "Makefile").stream()
                .map(name -> TestLanguages.ALL.forFile(Path.of(name)).map(LanguageInfo::id).orElse("-")))
                .containsExactly("python", "java", "c", "cpp", "cpp", "cpp", "javascript", "go", "rust", "bash", "ruby",
                        "-", "-", "-");
    }

    @Test
    void aFileNoNodeListsIsUnusableAndSaysWhatIsKnown() throws Exception {
        Path file = Files.writeString(dir.resolve("dave.h"), "int f(void);\n");

        Submission dave = SubmissionScanner.fromFile(file, TestLanguages.ALL);

        assertThat(dave.usable()).isFalse();
        assertThat(dave.problem()).contains("unknown file type").contains(".py");
    }
}
