package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Collection;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.EditorStage;
import org.labjudge.app.editor.TestLanguages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Erlang, Pascal and OCaml programs in the editor as a student sees them, in the light theme: the style each
 * construct gets on screen, and a screenshot ({@code target/screenshots/20-new-families.png}).
 */
@ExtendWith(ApplicationExtension.class)
class NewFamiliesScreenshotTest {

    private static final String ERLANG = """
            -module(main).
            -export([main/0]).

            %% Sums the numbers on stdin.
            main() ->
                Sum = sum(read_all([]), 0),
                io:format("~w~n", [Sum]).

            sum([], Acc) -> Acc;
            sum([X | Rest], Acc) when X >= $0 ->
                sum(Rest, Acc + X).
            """;
    private static final String PASCAL = """
            {$mode objfpc}
            program Main;
            var
              n, i, total: Int64;
            begin
              ReadLn(n);
              total := 0;
              for i := 1 to n do
                total := total + i; { 1 + ... + n }
              WriteLn('sum: ', total);
            end.
            """;
    private static final String OCAML = """
            (* Reads n, prints n' = n * 2. *)
            let double (x : 'a) f = f x x

            let () =
              let n = Scanf.scanf " %d" (fun x -> x) in
              let n' = double n ( + ) in
              Printf.printf "%d%c" n' '\\n'
            """;

    private Scene scene;
    private CodeEditor erlang;
    private CodeEditor pascal;
    private CodeEditor ocaml;

    @Start
    void start(Stage stage) {
        erlang = new CodeEditor(TestLanguages.get("erlang"), ERLANG);
        pascal = new CodeEditor(TestLanguages.get("pascal"), PASCAL);
        ocaml = new CodeEditor(TestLanguages.get("ocaml"), OCAML);
        HBox row = new HBox(6, erlang, pascal, ocaml);
        for (CodeEditor editor : new CodeEditor[] {erlang, pascal, ocaml}) {
            HBox.setHgrow(editor, Priority.ALWAYS);
            editor.setPrefWidth(400);
        }
        scene = EditorStage.show(stage, row, 1240, 330);
    }

    @Test
    void eachFamilysConstructsAreStyledOnScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> erlang.highlightingUpToDate()
                && pascal.highlightingUpToDate() && ocaml.highlightingUpToDate());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(styleAt(erlang, "-module")).contains("meta");
        assertThat(styleAt(erlang, "%% Sums")).contains("comment");
        assertThat(styleAt(erlang, "Rest,")).contains("meta");
        assertThat(styleAt(erlang, "when")).contains("keyword");
        assertThat(styleAt(erlang, "$0")).contains("string");
        assertThat(styleAt(pascal, "{$mode")).contains("meta");
        assertThat(styleAt(pascal, "begin")).contains("keyword");
        assertThat(styleAt(pascal, "{ 1 +")).contains("comment");
        assertThat(styleAt(pascal, "'sum: '")).contains("string");
        assertThat(styleAt(ocaml, "(* Reads")).contains("comment");
        assertThat(styleAt(ocaml, "'a)")).contains("meta");
        assertThat(styleAt(ocaml, "n' = double")).doesNotContain("string");
        assertThat(styleAt(ocaml, "'\\n'")).contains("string");

        Path file = Screenshots.save(scene, "20-new-families");
        assertThat(Files.size(file)).isPositive();
    }

    private static Collection<String> styleAt(CodeEditor editor, String snippet) {
        int at = editor.text().indexOf(snippet);
        assertThat(at).as(snippet).isNotNegative();
        return editor.area().getStyleOfChar(at);
    }
}
