package org.disabilitystandards.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisabilityCertificateNumberTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final String ID = "11010519491231002X";

    @Test
    void parsesIdCategoryGradeAndReissue() {
        DisabilityCertificateNumber original = DisabilityCertificateNumber.parse(ID + "12", AS_OF);
        assertThat(original.residentIdNumber().value()).isEqualTo(ID);
        assertThat(original.category()).isEqualTo(DisabilityCategory.VISUAL);
        assertThat(original.grade()).isEqualTo(DisabilityGrade.GRADE_2);
        assertThat(original.reissue()).isEmpty();

        DisabilityCertificateNumber reissued = DisabilityCertificateNumber.parse(ID + "74B9", AS_OF);
        assertThat(reissued.category()).isEqualTo(DisabilityCategory.MULTIPLE);
        assertThat(reissued.grade()).isEqualTo(DisabilityGrade.GRADE_4);
        assertThat(reissued.reissue()).hasValue(9);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "11010519491231002X1, FORMAT",
        "11010519491231002X12B10, FORMAT",
        "11010519491231002XA2, FORMAT",
        "11010519491231002X1A, FORMAT",
        "11010519491231002X 2, FORMAT",
        "11010519491231002112, CHECKSUM",
        "11010519491231002X02, CATEGORY",
        "11010519491231002X82, CATEGORY",
        "11010519491231002X92, CATEGORY",
        "11010519491231002X10, GRADE",
        "11010519491231002X15, GRADE",
        "11010519491231002X12C, REISSUE",
        "11010519491231002X12B0, REISSUE",
        "11010519491231002X12C1, REISSUE",
        "11010519491231002X12b1, REISSUE",
        "11010519491231002X12BX, REISSUE",
    })
    void rejectsWithReason(String text, Reason reason) {
        assertThat(DisabilityCertificateNumber.check(text, AS_OF)).contains(reason);
        assertThatThrownBy(() -> DisabilityCertificateNumber.parse(text, AS_OF))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19491231"));
    }

    @Test
    void birthDateOfTheHolderIsChecked() {
        String futureBirth = IdNumbers.of("630102", LocalDate.of(2026, 1, 1), 1) + "21";
        assertThat(DisabilityCertificateNumber.check(futureBirth, AS_OF)).contains(Reason.BIRTH_DATE);
    }

    @Test
    void lenientParsingNormalisesVisibly() {
        DisabilityCertificateNumber bare = DisabilityCertificateNumber.parseLenient(ID + "12b", AS_OF);
        assertThat(bare.value()).isEqualTo(ID + "12B");
        assertThat(bare.normalizations()).containsExactly(Normalization.UPPER_CASED);
        DisabilityCertificateNumber lower = DisabilityCertificateNumber.parseLenient(" 11010519491231002x12b2", AS_OF);
        assertThat(lower.value()).isEqualTo(ID + "12B2");
        assertThat(lower.normalizations()).containsExactlyInAnyOrder(Normalization.TRIMMED, Normalization.UPPER_CASED);
    }

    @Test
    void aBareReissueSuffixIsOfficialAndKeptAsIssued() {
        DisabilityCertificateNumber bare = DisabilityCertificateNumber.parse(ID + "12B", AS_OF);
        assertThat(bare.value()).isEqualTo(ID + "12B");
        assertThat(bare.reissue()).hasValue(1);
        assertThat(bare.hasBareReissueSuffix()).isTrue();
        assertThat(bare.normalizations()).isEmpty();
        assertThat(bare.masked()).isEqualTo("110105********002X12B");
        assertThat(DisabilityCertificateNumber.parse(ID + "12B1", AS_OF).hasBareReissueSuffix()).isFalse();
        assertThat(DisabilityCertificateNumber.check(ID + "12B0", AS_OF)).contains(Reason.REISSUE);
        assertThat(DisabilityCertificateNumber.check(ID + "12C", AS_OF)).contains(Reason.REISSUE);
        assertThat(DisabilityCertificateNumber.check(ID + "12BB", AS_OF)).contains(Reason.REISSUE);
    }

    @Test
    void buildsFromParts() {
        ResidentIdNumber id = ResidentIdNumber.parse(ID, AS_OF);
        assertThat(DisabilityCertificateNumber.of(id, DisabilityCategory.HEARING, DisabilityGrade.GRADE_3, 0).value())
                .isEqualTo(ID + "23");
        assertThat(DisabilityCertificateNumber.of(id, DisabilityCategory.HEARING, DisabilityGrade.GRADE_3, 2).value())
                .isEqualTo(ID + "23B2");
        assertThatThrownBy(() -> DisabilityCertificateNumber.of(id, DisabilityCategory.HEARING, DisabilityGrade.GRADE_3, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksTheBirthDate() {
        DisabilityCertificateNumber number = DisabilityCertificateNumber.parse(ID + "12B1", AS_OF);
        assertThat(number.toString()).isEqualTo("110105********002X12B1");
        assertThat(number.masked()).isEqualTo(number.toString());
    }

    @Test
    void everyCategoryAndGradeRoundTrips() {
        ResidentIdNumber id = ResidentIdNumber.parse(ID, AS_OF);
        qt().forAll(integers().between(1, 7), integers().between(1, 4), integers().between(0, 9))
                .checkAssert((category, grade, reissue) -> {
                    DisabilityCertificateNumber built = DisabilityCertificateNumber.of(id,
                            DisabilityCategory.fromDigit(category), DisabilityGrade.of(grade), reissue);
                    DisabilityCertificateNumber parsed = DisabilityCertificateNumber.parse(built.value(), AS_OF);
                    assertThat(parsed).isEqualTo(built);
                    assertThat(parsed.category().digit()).isEqualTo(category);
                    assertThat(parsed.grade().number()).isEqualTo(grade);
                    assertThat(parsed.reissue().orElse(0)).isEqualTo(reissue);
                });
    }
}
