package org.disabilitystandards.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksBirthDateOfIdsAndCertificates() {
        assertThat(Masking.mask("63010219850715001X")).isEqualTo("630102********001X");
        assertThat(Masking.mask("63010219850715001X22")).isEqualTo("630102********001X22");
        assertThat(Masking.mask("150102880730303")).isEqualTo("150102*****0303");
    }

    @Test
    void masksShortAndLongTextWithoutLeakingIt() {
        assertThat(Masking.mask("12345")).isEqualTo("*****");
        assertThat(Masking.mask(null)).isEqualTo("null");
        String hostile = "63010219850715001X" + "张三".repeat(20);
        assertThat(Masking.mask(hostile)).startsWith("630102********001X").doesNotContain("张三");
    }
}
