package org.labjudge.node.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumberTokenTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "5", "+5", "-5", ".5", "5.", "-.5", "+5.", "3.14159",
            "1e-7", "1E-7", "1e+7", "1e7", "0.0000001", "-2.5e-3", "1.e5", ".5e-1", "007",
            "123456789012345678901234567890", "1e400", "1e-400", "1e0000000000000000000000005"})
    void acceptsDecimalForms(String token) {
        NumberToken number = NumberToken.parse(token);
        assertThat(number).as(token).isNotNull();
        assertThat(number.kind()).isEqualTo(NumberToken.Kind.FINITE);
        assertThat(number.isFinite()).isTrue();
        assertThat(number.toString()).isEqualTo(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "+.", "-.e5", "e5", "E5", "1e", "1e+", "1e-", "1.2.3",
            "--1", "+-1", "1-", "1d", "2f", "1L", "0x10", "0x1p3", "0X1.8P1", "1_000", "1,5", "1 000",
            " 1", "1 ", "1\n", "abc", "1e5.5", "infinit", "infinityy", "in", "nana", "nan(123)", "+-inf",
            "\u0661\u0662", "\uff11", "1e\u0661", "\u00a01"})
    void rejectsEverythingElse(String token) {
        assertThat(NumberToken.parse(token)).as("'" + token + "'").isNull();
    }

    @Test
    void valuesAreTheDecimalValues() {
        assertThat(NumberToken.parse("1e-7").doubleValue()).isEqualTo(1e-7);
        assertThat(NumberToken.parse("0.0000001").doubleValue()).isEqualTo(1e-7);
        assertThat(NumberToken.parse(".5").doubleValue()).isEqualTo(0.5);
        assertThat(NumberToken.parse("5.").doubleValue()).isEqualTo(5.0);
        assertThat(NumberToken.parse("+5").doubleValue()).isEqualTo(5.0);
        assertThat(NumberToken.parse("1e-7").exactValue()).isEqualByComparingTo("0.0000001");
    }

    @Test
    void negativeZeroIsAZeroWithASign() {
        NumberToken minusZero = NumberToken.parse("-0");
        assertThat(minusZero.isZero()).isTrue();
        assertThat(minusZero.isNegative()).isTrue();
        assertThat(minusZero.exactValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(NumberToken.parse("0.000e9").isZero()).isTrue();
        assertThat(NumberToken.parse("0.001").isZero()).isFalse();
    }

    @Test
    void thirtyDigitIntegersKeepEveryDigit() {
        BigDecimal a = NumberToken.parse("123456789012345678901234567890").exactValue();
        BigDecimal b = NumberToken.parse("123456789012345678901234567891").exactValue();
        assertThat(a).isEqualTo(new BigDecimal("123456789012345678901234567890"));
        assertThat(b.subtract(a)).isEqualTo(BigDecimal.ONE);
        // the doubles cannot tell them apart, the exact values can
        assertThat(NumberToken.parse("123456789012345678901234567890").doubleValue())
                .isEqualTo(NumberToken.parse("123456789012345678901234567891").doubleValue());
    }

    @Test
    void outOfDoubleRangeIsStillFiniteAndExact() {
        NumberToken huge = NumberToken.parse("1e400");
        assertThat(huge.isFinite()).isTrue();
        assertThat(huge.doubleValue()).isInfinite();
        assertThat(huge.exactValue()).isEqualByComparingTo(BigDecimal.ONE.scaleByPowerOfTen(400));
        NumberToken tiny = NumberToken.parse("1e-400");
        assertThat(tiny.isZero()).isFalse();
        assertThat(tiny.doubleValue()).isZero();
        assertThat(tiny.exactValue().signum()).isEqualTo(1);
    }

    @Test
    void absurdExponentsParseButHaveNoExactValue() {
        NumberToken number = NumberToken.parse("1e99999999999999999999");
        assertThat(number).isNotNull();
        assertThat(number.isFinite()).isTrue();
        assertThat(number.doubleValue()).isInfinite();
        assertThat(number.exactValue()).isNull();
        assertThat(NumberToken.parse("1e-99999999999999999999").doubleValue()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "INF", "Inf", "infinity", "Infinity", "INFINITY", "+inf", "+Infinity"})
    void positiveInfinity(String token) {
        NumberToken number = NumberToken.parse(token);
        assertThat(number.kind()).isEqualTo(NumberToken.Kind.INFINITE);
        assertThat(number.isNegative()).isFalse();
        assertThat(number.doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(number.exactValue()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-inf", "-INF", "-Infinity", "-iNfInItY"})
    void negativeInfinity(String token) {
        NumberToken number = NumberToken.parse(token);
        assertThat(number.kind()).isEqualTo(NumberToken.Kind.INFINITE);
        assertThat(number.isNegative()).isTrue();
        assertThat(number.doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nan", "NaN", "NAN", "-nan", "+nan"})
    void notANumber(String token) {
        NumberToken number = NumberToken.parse(token);
        assertThat(number.kind()).isEqualTo(NumberToken.Kind.NAN);
        assertThat(number.doubleValue()).isNaN();
        assertThat(number.isFinite()).isFalse();
    }

    @Test
    void parsesARangeOfALongerText() {
        String text = "x 2.5e3 y";
        NumberToken number = NumberToken.parse(text, 2, 7);
        assertThat(number.doubleValue()).isEqualTo(2500.0);
        assertThat(NumberToken.parse(text, 0, 1)).isNull();
        assertThat(NumberToken.parse(text, 2, 2)).isNull();
    }

    @Test
    void veryLongNumbersParseLinearlyAndStayDoubleOnly() {
        String digits = "1" + "0".repeat(2_000_000);
        NumberToken number = NumberToken.parse(digits);
        assertThat(number.isFinite()).isTrue();
        assertThat(number.doubleValue()).isInfinite();
        assertThat(number.exactValue()).isNull();
        NumberToken fraction = NumberToken.parse("0." + "3".repeat(2_000_000));
        assertThat(fraction.doubleValue()).isEqualTo(1.0 / 3);
    }
}
