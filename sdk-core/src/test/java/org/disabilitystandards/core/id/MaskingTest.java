package org.disabilitystandards.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksBirthDateOfIdsAndCertificates() {
        assertThat(Masking.mask("63010219850715001X")).isEqualTo("630102********001X");
        assertThat(Masking.mask("63010219850715001X22")).isEqualTo("630102********001X22");
        assertThat(Masking.mask("63010219850715001X22B3")).isEqualTo("630102********001X22B3");
    }

    @Test
    void onlyAWellFormedNumberKeepsAnything() {
        // first generation, shifted, a name appended, letters inside, an impossible date: all stars
        assertThat(Masking.mask("150102880730303")).isEqualTo("*".repeat(15));
        assertThat(Masking.mask("163010219850715001")).isEqualTo("*".repeat(18));
        assertThat(Masking.mask("63280319900101063" + "8张三")).isEqualTo("*".repeat(20));
        assertThat(Masking.mask("632803199001010638张三丰")).isEqualTo("*".repeat(21));
        assertThat(Masking.mask("6328031990010106X8")).isEqualTo("*".repeat(18));
        assertThat(Masking.mask("632803199013010638")).isEqualTo("*".repeat(18));
        assertThat(Masking.mask("63010219850715001X29")).isEqualTo("*".repeat(20));
        assertThat(Masking.mask("63010219850715001X22B0")).isEqualTo("*".repeat(22));
        // near misses: the edges of the date that still count as well formed
        assertThat(Masking.mask("632803200012310638")).isEqualTo("632803********0638");
        assertThat(Masking.mask("632803190001010638")).isEqualTo("632803********0638");
    }

    @Test
    void masksShortAndLongTextWithoutLeakingIt() {
        assertThat(Masking.mask("12345")).isEqualTo("*****");
        assertThat(Masking.mask(null)).isEqualTo("null");
        String hostile = "63010219850715001X" + "张三".repeat(20);
        assertThat(Masking.mask(hostile)).startsWith("*".repeat(22)).doesNotContain("张三").doesNotContain("0102");
    }
}
