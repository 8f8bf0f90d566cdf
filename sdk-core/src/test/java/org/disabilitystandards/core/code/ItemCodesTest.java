package org.disabilitystandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBT_16432|2016|12 22 03|true",
        "GBT_16432|2016|122203|true",
        "GBT_16432|2016|22 06|true",
        "GBT_16432|2016|12|true",
        "GBT_16432|2016|12 22 03 01|false",
        "GBT_16432|2016|12  22|false",
        "GBT_16432|2016|1 22|false",
        "GBT_16432|2016|13 22 03|false",
        "GBT_16432|2016|28 03|true",
        "GBT_16432|2004|28 03|false",
        "ISO_9999|2011|28 03|true",
        "ISO_9999|ISO 9999:2007|28 03|false",
        "ISO_9999|2007|27 03|true",
        "MCA_AT_CATALOGUE|2023|02 22 03 01|true",
        "MCA_AT_CATALOGUE|2023|13 22 03|false",
        "MCA_AT_CATALOGUE|2023|00 22|false",
        "MCA_AT_CATALOGUE|2023|02 22 03 01 07|false",
        "LOCAL_AT_CATALOGUE|QH-2026|QH-AT-0101|true",
        "LOCAL_AT_CATALOGUE|QH-2026|QH/AT|false",
        "CHILD_AID_ITEM|x|REHABILITATION_TRAINING|true",
        "CHILD_AID_ITEM|x|TRAINING|false",
        "RETROFIT_ITEM|x|ENTRANCE_RAMP|true",
        "RETROFIT_ITEM|x|RAMP|false",
    })
    void syntaxPerSystemAndEdition(ItemCodeSystem system, String edition, String code, boolean valid) {
        assertThat(ItemCodes.problem(system, Optional.of(edition), code).isEmpty()).isEqualTo(valid);
    }

    @Test
    void theTwelveClassesAreExactlyTheBundledOnes() {
        assertThat(ItemCodes.CLASS_CODES).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void everyPairwiseCodeOfAKnownClassIsValidWrittenEitherWay() {
        qt().forAll(integers().between(0, 11), integers().between(0, 99), integers().between(0, 99))
                .checkAssert((c, sub, div) -> {
                    String spaced = ItemCodes.CLASS_CODES.get(c) + String.format(" %02d %02d", sub, div);
                    assertThat(ItemCodes.problem(ItemCodeSystem.GBT_16432, Optional.of("2016"), spaced)).isEmpty();
                    assertThat(ItemCodes.normalize(ItemCodeSystem.GBT_16432, spaced))
                            .isEqualTo(spaced.replace(" ", ""));
                });
    }

    @Test
    void problemsNeverContainTheCode() {
        assertThat(ItemCodes.problem(ItemCodeSystem.LOCAL_AT_CATALOGUE, Optional.empty(), "秘密"))
                .hasValueSatisfying(p -> assertThat(p).doesNotContain("秘密"));
    }
}
