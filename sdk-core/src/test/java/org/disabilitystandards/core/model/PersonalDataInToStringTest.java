package org.disabilitystandards.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.junit.jupiter.api.Test;

class PersonalDataInToStringTest {

    private static final String ID = "63010219850715001X";
    private static final String NAME = "王小明";

    @Test
    void recordsMaskIdNumbersAndOmitNames() {
        PersonRecord record = PersonRecord.builder()
                .recordId("QH-1").idNumber(ID).name(NAME).regionCode("630102")
                .certificate(Certificate.builder().number(ID + "22").category(DisabilityCategory.HEARING)
                        .grade(DisabilityGrade.GRADE_2).issuedOn(LocalDate.of(2019, 3, 1)).build())
                .military(ServiceDisability.builder().grade(MilitaryDisabilityGrade.GRADE_3)
                        .nature(DisabilityNature.COMBAT).certificateNumber(ID).build())
                .build();
        assertThat(record.toString()).contains("630102********001X").contains("QH-1")
                .doesNotContain(ID).doesNotContain(NAME).doesNotContain("19850715");
        assertThat(record.certificate().orElseThrow().toString()).contains("630102********001X22").doesNotContain(ID);
        assertThat(record.military().orElseThrow().toString()).doesNotContain(ID);
    }

    @Test
    void builtRecordsAreValuesWithCopies() {
        PersonRecord record = PersonRecord.builder().recordId("QH-1").idNumber(ID).name(NAME).regionCode("630102").build();
        PersonRecord moved = ImmutablePersonRecord.copyOf(record).withRegionCode("632121");
        assertThat(moved.regionCode()).isEqualTo("632121");
        assertThat(record.regionCode()).isEqualTo("630102");
        assertThat(moved).isNotEqualTo(record).isEqualTo(ImmutablePersonRecord.copyOf(record).withRegionCode("632121"));
    }

    @Test
    void benefitPeriodsCoverMonths() {
        Benefit running = Benefit.builder().type(org.disabilitystandards.core.code.BenefitType.LIVING_ALLOWANCE)
                .from(java.time.YearMonth.of(2020, 1)).build();
        Benefit ended = ImmutableBenefit.copyOf(running).withTo(java.time.YearMonth.of(2025, 11));
        assertThat(running.isActiveOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(running.isActiveOn(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(ended.isActiveOn(LocalDate.of(2025, 11, 30))).isTrue();
        assertThat(ended.isActiveOn(LocalDate.of(2025, 12, 1))).isFalse();
    }
}
