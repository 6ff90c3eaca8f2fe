package org.labjudge.app.grade;

import java.util.List;

/**
 * Two submissions of one language whose similarity (JPlag's average similarity, 0 to 1, base code left out)
 * reached the threshold, with each side's files and the lines of each match, for a side-by-side view.
 */
public record SimilarPair(String first, String second, String language, double similarity, int matchedTokens,
                          List<MarkedFile> firstFiles, List<MarkedFile> secondFiles) {

    public SimilarPair {
        firstFiles = List.copyOf(firstFiles);
        secondFiles = List.copyOf(secondFiles);
    }

    /** A source file of one side and the line ranges that match the other side. */
    public record MarkedFile(String name, String text, List<Mark> marks) {
        public MarkedFile {
            marks = List.copyOf(marks);
        }
    }

    /** Lines {@code startLine} to {@code endLine} (1-based, inclusive) belong to match number {@code match}. */
    public record Mark(int startLine, int endLine, int match) {
    }
}
