package org.labjudge.app.grade;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores as people write them: {@code 30}, {@code 12.5}, {@code 13.33}; never {@code 30.0} or {@code 1.2E2}. */
public final class Scores {
    private Scores() {
    }

    public static String format(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
