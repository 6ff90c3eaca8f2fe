package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.labjudge.protocol.CheckerType;

class CheckersTest {

    @Test
    void knownTypes() {
        assertThat(Checkers.of(CheckerType.EXACT, null)).isInstanceOf(ExactChecker.class);
        assertThat(Checkers.of(CheckerType.LINES, CheckOptions.DEFAULT)).isInstanceOf(LinesChecker.class);
        assertThat(Checkers.of(CheckerType.TOKENS, null)).isInstanceOf(TokensChecker.class);
    }

    @Test
    void tokensIsTheDefaultType() {
        assertThat(Checkers.of(null, null)).isInstanceOf(TokensChecker.class);
        assertThat(((TokensChecker) Checkers.of(null, null)).options()).isEqualTo(CheckOptions.DEFAULT);
    }

    @Test
    void optionsReachTheTokensChecker() {
        CheckOptions options = CheckOptions.DEFAULT.withFloatTolerance(1e-6);
        Checker checker = Checkers.of(CheckerType.TOKENS, options);
        assertThat(checker.check("0.0000001", "1e-7").accepted()).isTrue();
        assertThat(Checkers.of(CheckerType.TOKENS, null).check("0.0000001", "1e-7").accepted()).isFalse();
    }

    @Test
    void exactAndLinesIgnoreTokenOptions() {
        CheckOptions options = CheckOptions.DEFAULT.withFloatTolerance(1);
        assertThat(Checkers.of(CheckerType.LINES, options).check("Yes\n", "yes\n").accepted()).isFalse();
        assertThat(Checkers.of(CheckerType.EXACT, options).check("1", "1.0").accepted()).isFalse();
    }
}
