package org.labjudge.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalOutputsAreAllSame() {
        List<DiffLine> rows = LineDiff.compare("1\n2\n", "1\n2\n");
        assertThat(rows).extracting(DiffLine::kind).containsOnly(DiffLine.Kind.SAME);
        assertThat(LineDiff.identical(rows)).isTrue();
    }

    @Test
    void aWrongLineIsOneChangedRowWithBothSides() {
        List<DiffLine> rows = LineDiff.compare("3\n", "-1\n");
        assertThat(rows).containsExactly(new DiffLine(1, "3", 1, "-1", DiffLine.Kind.CHANGED));
    }

    @Test
    void missingAndExtraLinesAreAligned() {
        List<DiffLine> rows = LineDiff.compare("a\nb\nc\n", "a\nc\nd\n");
        assertThat(rows).containsExactly(
                new DiffLine(1, "a", 1, "a", DiffLine.Kind.SAME),
                new DiffLine(2, "b", 0, "", DiffLine.Kind.MISSING),
                new DiffLine(3, "c", 2, "c", DiffLine.Kind.SAME),
                new DiffLine(0, "", 3, "d", DiffLine.Kind.EXTRA));
    }

    @Test
    void trailingSpacesDoNotCountAndEmptyOutputIsAllMissing() {
        assertThat(LineDiff.identical(LineDiff.compare("x \n", "x\n"))).isTrue();
        assertThat(LineDiff.compare("x\n", "")).containsExactly(new DiffLine(1, "x", 0, "", DiffLine.Kind.MISSING));
    }

    @Test
    void hugeOutputsFallBackToPositionalComparison() {
        String a = "1\n".repeat(3000);
        String b = "1\n".repeat(2999) + "2\n";
        List<DiffLine> rows = LineDiff.compare(a, b);
        assertThat(rows).hasSize(3000);
        assertThat(rows.get(2999).kind()).isEqualTo(DiffLine.Kind.CHANGED);
    }
}
