package org.disabilitystandards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void onlyAsciiDigitsAreDigits() {
        assertThat(Digits.isDigit('0')).isTrue();
        assertThat(Digits.isDigit('9')).isTrue();
        assertThat(Digits.isDigit('/')).isFalse();
        assertThat(Digits.isDigit(':')).isFalse();
        assertThat(Digits.isDigit('\uff10')).as("full-width zero").isFalse();
        assertThat(Digits.isDigit('\u0660')).as("Arabic-Indic zero").isFalse();
    }

    @Test
    void exactLengthDigitText() {
        assertThat(Digits.isDigits("630102", 6)).isTrue();
        assertThat(Digits.isDigits("63010", 6)).isFalse();
        assertThat(Digits.isDigits("63010X", 6)).isFalse();
        assertThat(Digits.isDigits(null, 6)).isFalse();
        assertThat(Digits.areDigits("ab12cd", 2, 4)).isTrue();
        assertThat(Digits.areDigits("ab12cd", 1, 4)).isFalse();
        assertThat(Digits.areDigits("", 0, 0)).isTrue();
    }

    @Test
    void valueReadsWhatIntegerParseReads() {
        qt().forAll(integers().between(0, 999_999_999), integers().between(0, 3)).checkAssert((n, pad) -> {
            String text = "x".repeat(pad) + String.format("%09d", n) + "y";
            assertThat(Digits.value(text, pad, 9)).isEqualTo(n);
        });
        assertThat(Digits.value("20251231", 4, 2)).isEqualTo(12);
    }
}
