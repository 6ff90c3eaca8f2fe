package org.labjudge.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A sample dialogue of an interactive (or multi-pass) problem, from a {@code data/sample/NAME.interaction} file:
 * shown to the student in place of the sample's input and answer, which the format keeps from them. The file's
 * lines start with {@code <} (the validator wrote the rest of the line to the program) or {@code >} (the program
 * wrote it to the validator); a line {@code ---} separates the passes of a multi-pass problem.
 */
public record SampleInteraction(String name, String text) {

    /** Who wrote one line of the dialogue. */
    public enum Speaker { VALIDATOR, PROGRAM, PASS_BREAK }

    /** One line of the dialogue, without its marker. */
    public record Line(Speaker speaker, String text) {
    }

    public SampleInteraction {
        text = text == null ? "" : text;
    }

    /** The dialogue's lines in order; a line with neither marker is kept as the validator's. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String plain = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (plain.equals("---")) {
                lines.add(new Line(Speaker.PASS_BREAK, ""));
            } else if (plain.startsWith(">")) {
                lines.add(new Line(Speaker.PROGRAM, plain.substring(1)));
            } else if (plain.startsWith("<")) {
                lines.add(new Line(Speaker.VALIDATOR, plain.substring(1)));
            } else if (!plain.isEmpty()) {
                lines.add(new Line(Speaker.VALIDATOR, plain));
            }
        }
        return List.copyOf(lines);
    }
}
