package org.labjudge.app.grade;

import java.util.List;

/**
 * The result of a similarity check: the pairs at or above {@code threshold}, most similar first; a note per
 * language or submission that could not be compared (no JPlag module, a parse error, too short), and how long
 * the check took.
 */
public record SimilarityReport(double threshold, List<SimilarPair> pairs, List<String> notes, long millis) {

    public static final SimilarityReport NOT_RUN = new SimilarityReport(0, List.of(), List.of("not checked"), 0);

    public SimilarityReport {
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }
}
