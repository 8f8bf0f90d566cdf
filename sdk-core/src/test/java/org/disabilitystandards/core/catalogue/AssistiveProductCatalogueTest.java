package org.disabilitystandards.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.table.TableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistiveProductCatalogueTest {

    private static final String HEAD = "# id: test-catalogue\n# version: 1\n# basis: EXAMPLE ONLY, not an official table\n"
            + AssistiveProductCatalogue.HEADER + "\n";
    private static final String WHEELCHAIR = "GBT_16432,2016,12 22 03,wheelchair,PHYSICAL,1|2,,,3,1200,true";

    private static AssistiveProductCatalogue load(String text) {
        return AssistiveProductCatalogue.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void loadsRowsWithProvenanceAndFindsThemBySystemEditionAndCode() {
        AssistiveProductCatalogue catalogue = load(HEAD + WHEELCHAIR + "\n"
                + "MCA_AT_CATALOGUE,2023,02 22 03 01,wheelchair,PHYSICAL,,,17,3,,false\n");
        assertThat(catalogue.provenance().tableId()).isEqualTo("test-catalogue");
        assertThat(catalogue.provenance().basis()).contains("not an official table");
        CatalogueRow row = catalogue.find(ItemCodeSystem.GBT_16432, "2016", "122203").orElseThrow();
        assertThat(row.line()).isEqualTo(5);
        assertThat(row.subsidyCapFen()).hasValue(120_000);
        assertThat(row.replacementYears()).isEqualTo(3);
        assertThat(row.allows(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, 40)).isTrue();
        assertThat(row.allows(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, 40)).isFalse();
        assertThat(row.allows(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1, 40)).isFalse();
        assertThat(row.allows(null, null, 40)).isFalse();
        // never guessed across systems or editions
        assertThat(catalogue.find(ItemCodeSystem.ISO_9999, "2016", "12 22 03")).isEmpty();
        assertThat(catalogue.find(ItemCodeSystem.GBT_16432, "2025", "12 22 03")).isEmpty();
        assertThat(catalogue.find(ItemCodeSystem.MCA_AT_CATALOGUE, "2023", "12 22 03")).isEmpty();
        CatalogueRow child = catalogue.find(ItemCodeSystem.MCA_AT_CATALOGUE, "2023", "02 22 03 01").orElseThrow();
        assertThat(child.allows(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_4, 17)).isTrue();
        assertThat(child.allows(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_4, 18)).isFalse();
        assertThat(child.allows(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_4, -1)).isFalse();
        assertThat(child.subsidyCapFen()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO_9999_X,2016,12 22 03,w,,,,,,,true|5|system",
        "CHILD_AID_ITEM,2016,12 22 03,w,,,,,,,true|5|system",
        "GBT_16432,,12 22 03,w,,,,,,,true|5|edition",
        "GBT_16432,2016,13 22 03,w,,,,,,,true|5|code",
        "GBT_16432,2004,28 03,w,,,,,,,true|5|code",
        "GBT_16432,2016,12 22 03,,,,,,,,true|5|device",
        "GBT_16432,2016,12 22 03,w,DEAF,,,,,,true|5|categories",
        "GBT_16432,2016,12 22 03,w,,5,,,,,true|5|grades",
        "GBT_16432,2016,12 22 03,w,,,10,5,,,true|5|maxAge",
        "GBT_16432,2016,12 22 03,w,,,x,,,,true|5|minAge",
        "GBT_16432,2016,12 22 03,w,,,,,21,,true|5|replacementYears",
        "GBT_16432,2016,12 22 03,w,,,,,,12.345,true|5|subsidyCapYuan",
        "GBT_16432,2016,12 22 03,w,,,,,,-1,true|5|subsidyCapYuan",
        "GBT_16432,2016,12 22 03,w,,,,,,,yes|5|assessmentRequired",
        "GBT_16432,2016,12 22 03,w|5|''",
    })
    void everyDefectNamesItsLineAndColumnButNotTheValue(String row, int line, String column) {
        assertThatThrownBy(() -> load(HEAD + row + "\n")).isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.line()).hasValue(line);
            assertThat(e.location()).isEqualTo(column.isEmpty() ? "line " + line : "line " + line + ", column " + column);
            assertThat(e.table()).isEqualTo("assistive-device catalogue");
            assertThat(e.getMessage()).contains("line " + line).doesNotContain("DEAF").doesNotContain("12.345");
        });
    }

    @Test
    void duplicateRowsMissingProvenanceAndMissingHeaderAreRejected() {
        assertThatThrownBy(() -> load(HEAD + WHEELCHAIR + "\n" + WHEELCHAIR.replace("12 22 03", "122203") + "\n"))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.line()).hasValue(6);
                    assertThat(e.reason()).isEqualTo(TableException.Reason.DUPLICATE_KEY);
                    assertThat(e.getMessage()).contains("line 5");
                });
        assertThatThrownBy(() -> load("# id: x\n# version: 1\n" + AssistiveProductCatalogue.HEADER + "\n"))
                .isInstanceOf(TableException.class).hasMessageContaining("basis");
        assertThatThrownBy(() -> load("# id: x\n")).isInstanceOf(TableException.class)
                .hasMessageContaining("header");
        assertThatThrownBy(() -> load("# id: x\n# version: 1\n# basis: b\nsystem,code\n"))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).hasValue(4));
    }
}
