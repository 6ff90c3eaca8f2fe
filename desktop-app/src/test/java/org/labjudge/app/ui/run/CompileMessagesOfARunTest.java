package org.labjudge.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.Verdict;

/**
 * Which code a run's compiler messages are about, without a window: a folder's keep the file each names and the
 * model keeps the files as sent; a single source's messages are about that source, under whatever name the node
 * gave it, except those naming a file sent beside it.
 */
class CompileMessagesOfARunTest {

    private static final String GCC = "In file included from main.c:2:\nutil.h: In function 'twice':\n"
            + "util.h:3:16: error: 'factor' undeclared (first use in this function)\n"
            + "main.c:5:5: warning: unused variable 'x' [-Wunused-variable]\n";

    private static RunResult compileError(String stderr) {
        return new RunResult("r", "lab-01", "c", Verdict.COMPILATION_ERROR,
                new CompileResult(1, "", stderr, 300, 320, false, Verdict.COMPILATION_ERROR), List.of(), null, 0, 330);
    }

    @Test
    void aFoldersMessagesNameTheirFilesAndTheFilesAreKeptAsSent() {
        RunRequest folder = RunRequest.ofFiles("c", List.of(new SourceFile("main.c", "int main;"),
                new SourceFile("util.h", "static int twice;")), "sum");
        RunModel model = new RunModel();
        model.finished(RunKind.RUN, folder, compileError(GCC), Set.of());

        assertThat(model.compileMessagesProperty().get()).containsExactly(
                new CompilerMessage("util.h", 3, 16, "error: 'factor' undeclared (first use in this function)"),
                new CompilerMessage("main.c", 5, 5, "warning: unused variable 'x' [-Wunused-variable]"));
        assertThat(model.compiledFiles()).isEqualTo(Map.of("main.c", "int main;", "util.h", "static int twice;"));
        assertThat(model.compiledSource()).isEmpty();
    }

    @Test
    void aSingleSourcesMessagesAreAboutItExceptThoseNamingAFileSentBeside() {
        RunRequest single = new RunRequest("c", "int main;", List.of(new SourceFile("util.h", "static int twice;")),
                null, null, null, null, null, false);
        RunModel model = new RunModel();
        model.finished(RunKind.RUN, single, compileError(GCC), Set.of());

        assertThat(model.compileMessagesProperty().get()).extracting(CompilerMessage::file).containsExactly("util.h", "");
        assertThat(model.compileMessagesProperty().get().get(1).toString())
                .isEqualTo("line 5, column 5: warning: unused variable 'x' [-Wunused-variable]");
        assertThat(model.compiledFiles()).isEmpty();
        assertThat(model.compiledSource()).isEqualTo("int main;");
    }
}
