package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CheckersTest {

    @Test
    void knownTypes() {
        assertThat(Checkers.of("exact", null)).isInstanceOf(ExactChecker.class);
        assertThat(Checkers.of("lines", CheckOptions.DEFAULT)).isInstanceOf(LinesChecker.class);
        assertThat(Checkers.of("tokens", null)).isInstanceOf(TokensChecker.class);
        assertThat(Checkers.of("Tokens", null)).isInstanceOf(TokensChecker.class);
    }

    @Test
    void tokensIsTheDefaultType() {
        assertThat(Checkers.of(null, null)).isInstanceOf(TokensChecker.class);
        assertThat(Checkers.of("", null)).isInstanceOf(TokensChecker.class);
        assertThat(((TokensChecker) Checkers.of(null, null)).options()).isEqualTo(CheckOptions.DEFAULT);
    }

    @Test
    void optionsReachTheTokensChecker() {
        CheckOptions options = CheckOptions.DEFAULT.withFloatTolerance(1e-6);
        Checker checker = Checkers.of("tokens", options);
        assertThat(checker.check("0.0000001", "1e-7").accepted()).isTrue();
        assertThat(Checkers.of("tokens", null).check("0.0000001", "1e-7").accepted()).isFalse();
    }

    @Test
    void exactAndLinesIgnoreTokenOptions() {
        CheckOptions options = CheckOptions.DEFAULT.withFloatTolerance(1);
        assertThat(Checkers.of("lines", options).check("Yes\n", "yes\n").accepted()).isFalse();
        assertThat(Checkers.of("exact", options).check("1", "1.0").accepted()).isFalse();
    }

    @Test
    void unknownTypeNamesTheAllowedOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkers.of("diff", null))
                .withMessageContaining("diff")
                .withMessageContaining("exact, lines, tokens");
    }
}
