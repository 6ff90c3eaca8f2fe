package org.labjudge.app.cli;

import java.math.BigDecimal;

/** Scores as people write them: {@code 30}, {@code 12.5}, never {@code 30.0} or {@code 1.2E2}. */
final class Scores {
    private Scores() {
    }

    static String format(double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
