package org.labjudge.app.ui.problem;

import org.labjudge.problem.SampleInteraction;

/**
 * A sample dialogue as the student reads it, a line per message: {@code judge:} for what the interactor wrote,
 * {@code you:} for what the program wrote, a marked line between the runs of a multi-pass problem. The problem
 * pane and the results pane show it alike.
 */
public final class DialogueText {

    private DialogueText() {
    }

    public static String of(SampleInteraction interaction) {
        StringBuilder text = new StringBuilder();
        for (SampleInteraction.Line line : interaction.lines()) {
            text.append(switch (line.speaker()) {
                case VALIDATOR -> "judge: " + line.text();
                case PROGRAM -> "you:   " + line.text();
                case PASS_BREAK -> "--- next run ---";
            }).append('\n');
        }
        return text.toString();
    }
}
