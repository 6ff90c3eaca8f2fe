package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CheckOptionsTest {

    @Test
    void defaultFollowsKattis() {
        CheckOptions options = CheckOptions.DEFAULT;
        assertThat(options.caseSensitive()).isFalse();
        assertThat(options.spaceChangeSensitive()).isFalse();
        assertThat(options.floatAbsTolerance()).isNaN();
        assertThat(options.floatRelTolerance()).isNaN();
        assertThat(options.hasFloatTolerance()).isFalse();
    }

    @Test
    void nullsFromARequestMeanDefaults() {
        assertThat(CheckOptions.of(null, null, null, null)).isEqualTo(CheckOptions.DEFAULT);
        CheckOptions options = CheckOptions.of(true, null, 1e-6, null);
        assertThat(options.caseSensitive()).isTrue();
        assertThat(options.floatAbsTolerance()).isEqualTo(1e-6);
        assertThat(options.floatRelTolerance()).isNaN();
        assertThat(options.hasFloatTolerance()).isTrue();
    }

    @Test
    void invalidTolerancesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckOptions.DEFAULT.withFloatAbsTolerance(-1))
                .withMessageContaining("floatAbsTolerance");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CheckOptions.DEFAULT.withFloatRelTolerance(Double.POSITIVE_INFINITY))
                .withMessageContaining("floatRelTolerance");
        assertThat(CheckOptions.DEFAULT.withFloatAbsTolerance(-0.0).floatAbsTolerance()).isEqualTo(0.0);
    }

    @Test
    void validatorFlags() {
        assertThat(CheckOptions.fromValidatorFlags(null)).isEqualTo(CheckOptions.DEFAULT);
        assertThat(CheckOptions.fromValidatorFlags("  ")).isEqualTo(CheckOptions.DEFAULT);
        assertThat(CheckOptions.fromValidatorFlags("case_sensitive space_change_sensitive"))
                .isEqualTo(new CheckOptions(true, true, Double.NaN, Double.NaN));
        assertThat(CheckOptions.fromValidatorFlags("float_tolerance 1e-6"))
                .isEqualTo(new CheckOptions(false, false, 1e-6, 1e-6));
        assertThat(CheckOptions.fromValidatorFlags("float_absolute_tolerance 0.001"))
                .isEqualTo(new CheckOptions(false, false, 0.001, Double.NaN));
        assertThat(CheckOptions.fromValidatorFlags("float_relative_tolerance .5\ncase_sensitive"))
                .isEqualTo(new CheckOptions(true, false, Double.NaN, 0.5));
        assertThat(CheckOptions.fromValidatorFlags("float_tolerance 1e-6 float_absolute_tolerance 1e-3"))
                .isEqualTo(new CheckOptions(false, false, 1e-3, 1e-6));
    }

    @Test
    void badValidatorFlags() {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckOptions.fromValidatorFlags("ignore_case"))
                .withMessageContaining("ignore_case");
        assertThatIllegalArgumentException().isThrownBy(() -> CheckOptions.fromValidatorFlags("float_tolerance"));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckOptions.fromValidatorFlags("float_tolerance x"));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckOptions.fromValidatorFlags("float_tolerance -1"));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckOptions.fromValidatorFlags("float_tolerance inf"));
    }
}
