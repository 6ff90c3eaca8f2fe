package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's smoothness figure of {@code CodeEditorTest} (a 5,000-line file: load, keystroke, restyle) for every
 * family the editor highlights, in the real editor, headless, against Java's in the same run. The generated files
 * ({@link FamilyBlocks}) hold each language's multi-line constructs. The figures are printed, never asserted (they
 * follow the machine's load); what is asserted is that the file is highlighted, its multi-line constructs included,
 * and that a keystroke restyles its own line only, in every family.
 */
@ExtendWith(ApplicationExtension.class)
class FamilyEditorBenchmarkTest {
    /** Keystrokes per family; the median of each figure is printed. */
    private static final int KEYSTROKES = 5;

    private CodeEditor editor;

    /** One family's figures, in milliseconds but the lines (medians of {@link #KEYSTROKES}). */
    private record Figures(int lines, double load, double firstRestyle, double keystroke, double keystrokeToRestyle,
                           double restyle) {
    }

    @Start
    void start(Stage stage) {
        editor = new CodeEditor(TestLanguages.JAVA, "");
        EditorStage.show(stage, editor, 800, 500);
        editor.area().requestFocus();
    }

    @Test
    void keystrokeToRestyleInAFiveThousandLineFileOfEachFamilyBesideJavas(FxRobot robot) throws Exception {
        // One unprinted pass over every family first: the editor's and the lexer's JIT-compiled code is shared, so
        // the family measured first (Java) would otherwise pay for the warm-up of all (twice the others' figures).
        for (String id : FamilyBlocks.BLOCKS.keySet()) {
            measure(robot, id);
        }
        Figures java = measure(robot, "java");
        long debounce = AsyncHighlighting.DEBOUNCE.toMillis();
        System.out.printf("editor: keystroke-to-restyle includes the %d ms pause the editor waits for typing to stop%n",
                debounce);
        print("java", java, java, " (baseline)");
        List<String> others = FamilyBlocks.BLOCKS.keySet().stream().filter(id -> !id.equals("java")).sorted().toList();
        for (String id : others) {
            print(id, measure(robot, id), java, "");
        }
        print("java", measure(robot, "java"), java, " (baseline, again after the others)");
    }

    private static void print(String id, Figures figures, Figures java, String note) {
        double beyondPause = figures.keystrokeToRestyle() - AsyncHighlighting.DEBOUNCE.toMillis();
        double javaBeyondPause = java.keystrokeToRestyle() - AsyncHighlighting.DEBOUNCE.toMillis();
        System.out.printf("editor %,d lines: %-10s load %.0f ms, first restyle %.1f ms, keystroke %.1f ms, "
                        + "keystroke-to-restyle %.1f ms (%.2fx java beyond the pause), restyle %.1f ms%s%n",
                figures.lines(), id, figures.load(), figures.firstRestyle(), figures.keystroke(),
                figures.keystrokeToRestyle(), beyondPause / javaBeyondPause, figures.restyle(), note);
    }

    private Figures measure(FxRobot robot, String id) throws Exception {
        Language language = TestLanguages.get(id);
        assertThat(language.family()).as(id).isNotEqualTo(Family.PLAIN);
        String text = FamilyBlocks.file(id);
        long loadStart = System.nanoTime();
        robot.interact(() -> {
            editor.languageProperty().set(language);
            editor.load(text);
        });
        double load = (System.nanoTime() - loadStart) / 1e6;
        waitForHighlighting();
        double firstRestyle = editor.lastHighlightApplyMillis();
        int lines = editor.area().getParagraphs().size();
        assertThat(lines).as(id).isGreaterThanOrEqualTo(FamilyBlocks.LINES);
        FamilyBlocks.spanningStyle(id).ifPresent(style -> {
            // The first block's construct and the last one's: the state carried over lines holds to the end.
            for (int at : new int[] {text.indexOf(FamilyBlocks.SPANNING), text.lastIndexOf(FamilyBlocks.SPANNING)}) {
                assertThat(editor.area().getStyleOfChar(at + 1)).as("%s at %d", id, at).contains(style);
            }
        });

        // An empty string literal in the family's quotes (Pascal's '', most others' ""): a change of that line's
        // styles whatever the line holds (a space there may take the style it is given, leaving nothing to restyle).
        char quote = SyntaxRules.of(language.family()).orElseThrow().quotes().charAt(0);
        String edit = "" + quote + quote;
        int blockLines = FamilyBlocks.blockLines(id);
        int middleBlock = lines / blockLines / 2;
        double[] keystroke = new double[KEYSTROKES];
        double[] keystrokeToRestyle = new double[KEYSTROKES];
        double[] restyle = new double[KEYSTROKES];
        for (int round = 0; round < KEYSTROKES; round++) {
            // A block's last line: ordinary code that starts with no bracket, so the caret after the edit marks none
            // (a marked bracket's line is restyled with the edit's: a count of the bracket's distance, not the edit's).
            int paragraph = (middleBlock + round + 1) * blockLines - 1;
            robot.interact(() -> editor.area().moveTo(paragraph, 0));
            long[] nanos = new long[2];
            robot.interact(() -> { // what one edit costs the UI thread: the edit, caret and bracket updates
                nanos[0] = System.nanoTime();
                editor.area().replaceSelection(edit);
                nanos[1] = System.nanoTime();
            });
            waitForHighlighting();
            keystroke[round] = (nanos[1] - nanos[0]) / 1e6;
            keystrokeToRestyle[round] = (editor.lastHighlightAppliedAtNanos() - nanos[0]) / 1e6;
            restyle[round] = editor.lastHighlightApplyMillis();
            assertThat(editor.area().getStyleOfChar(editor.area().getAbsolutePosition(paragraph, 1)))
                    .as("%s: the edit's string", id).contains("string");
            assertThat(editor.lastRestyledParagraphs()).as("%s: paragraphs restyled after a keystroke", id)
                    .isEqualTo(1);
        }
        return new Figures(lines, load, firstRestyle, median(keystroke), median(keystrokeToRestyle), median(restyle));
    }

    private void waitForHighlighting() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.highlightingUpToDate());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
