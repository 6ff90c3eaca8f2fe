package org.labjudge.app.ui.problem;

import javafx.scene.text.Text;

/** Statement source that could not be rendered, shown as written behind a marker (never an exception). */
final class MarkedSource {

    static final String MARKER = "\u26a0";

    private MarkedSource() {
    }

    static Text text(String source) {
        Text text = new Text(MARKER + source);
        text.getStyleClass().addAll("md-text", "md-source-error");
        return text;
    }
}
