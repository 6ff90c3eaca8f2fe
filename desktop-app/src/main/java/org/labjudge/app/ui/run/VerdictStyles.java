package org.labjudge.app.ui.run;

import java.util.Locale;
import javafx.scene.Node;
import org.labjudge.protocol.Verdict;

/** The style class and wording of a verdict, so every view colours a verdict the same way. */
public final class VerdictStyles {

    private static final String PREFIX = "verdict-";

    private VerdictStyles() {
    }

    /** {@code verdict-accepted}, {@code verdict-wrong-answer}, ... */
    public static String styleClass(Verdict verdict) {
        return PREFIX + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code ACCEPTED}, {@code WRONG ANSWER}, ... as shown to the student. */
    public static String label(Verdict verdict) {
        return verdict.name().replace('_', ' ');
    }

    /** Replaces any verdict class on {@code node} with {@code verdict}'s (none when {@code verdict} is null). */
    public static void apply(Node node, Verdict verdict) {
        node.getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        if (verdict != null) {
            node.getStyleClass().add(styleClass(verdict));
        }
    }
}
