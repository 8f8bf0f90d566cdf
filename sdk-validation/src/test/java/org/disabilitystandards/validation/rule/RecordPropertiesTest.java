package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class RecordPropertiesTest {

    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());
    private static final LocalDate FIRST = LocalDate.of(1930, 1, 1);

    /** A consistent certificate holder born {@code days} after 1930-01-01 with a sequence code. */
    private static PersonRecord holder(int days, int sequence, int category, int grade) {
        LocalDate birth = FIRST.plusDays(days);
        String id = Records.id("630102" + birth.toString().replace("-", "") + String.format("%03d", sequence));
        DisabilityCategory cat = DisabilityCategory.fromDigit(category);
        DisabilityGrade g = DisabilityGrade.of(grade);
        return PersonRecord.builder().recordId("P-" + days).idNumber(id).name(Records.NAME)
                .sex(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE).birthDate(birth).regionCode("630102")
                .certificate(Certificate.builder().number(id + category + grade).category(cat).grade(g)
                        .issuedOn(birth.plusYears(1).isAfter(Records.AS_OF) ? Records.AS_OF : birth.plusYears(1))
                        .build())
                .build();
    }

    @Test
    void consistentHoldersHaveNoErrors() {
        qt().forAll(integers().between(0, 34_000), integers().between(0, 999), integers().between(1, 7),
                integers().between(1, 4))
                .checkAssert((days, sequence, category, grade) -> {
                    ValidationReport report = QINGHAI.validate(holder(days, sequence, category, grade), Records.AS_OF);
                    assertThat(report.hasErrors()).as(report.toString()).isFalse();
                });
    }

    @Test
    void aGradeDifferentFromDigitTwentyIsAlwaysReported() {
        qt().forAll(integers().between(0, 34_000), integers().between(1, 4), integers().between(1, 3))
                .checkAssert((days, grade, shift) -> {
                    PersonRecord record = holder(days, 1, 2, grade);
                    Certificate certificate = record.certificate().orElseThrow();
                    PersonRecord changed = ImmutablePersonRecord.copyOf(record)
                            .withCertificate(Certificate.builder().from(certificate)
                                    .grade(DisabilityGrade.of((grade - 1 + shift) % 4 + 1)).build());
                    assertThat(QINGHAI.validate(changed, Records.AS_OF).ruleIds()).contains("CERT.GRADE_MISMATCH");
                });
    }

    @Test
    void theRecordedSexMustFollowTheSequenceDigit() {
        qt().forAll(integers().between(0, 34_000), integers().between(0, 999)).checkAssert((days, sequence) -> {
            PersonRecord record = holder(days, sequence, 1, 1);
            PersonRecord flipped = ImmutablePersonRecord.copyOf(record)
                    .withSex(record.sex().orElseThrow() == Sex.MALE ? Sex.FEMALE : Sex.MALE);
            assertThat(QINGHAI.validate(flipped, Records.AS_OF).ruleIds()).contains("ID.SEX_MISMATCH");
        });
    }
}
