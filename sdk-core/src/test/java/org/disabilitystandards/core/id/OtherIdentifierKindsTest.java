package org.disabilitystandards.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class OtherIdentifierKindsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final String[] PERMIT_PREFIXES = {"810000", "820000", "830000"};

    private static Gen<LocalDate> births() {
        return longs().between(LocalDate.of(1920, 1, 1).toEpochDay(), AS_OF.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static Gen<String> permits() {
        return integers().between(0, 2).zip(births(), integers().between(0, 999),
                (p, birth, seq) -> IdNumbers.of(PERMIT_PREFIXES[p], birth, seq));
    }

    private static Gen<String> foreignIds() {
        return integers().between(11, 65).zip(integers().between(4, 894), births(), integers().between(0, 999),
                (province, nation, birth, seq) -> IdNumbers.ofDigits(String.format("9%02d%03d%04d%02d%02d%03d", province,
                        nation, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq)));
    }

    @Test
    void residencePermitsParseAndAreNeverResidentIds() {
        qt().forAll(permits()).checkAssert(text -> {
            assertThat(IdentifierKind.of(text)).isEqualTo(IdentifierKind.HMT_RESIDENCE_PERMIT);
            ResidencePermitNumber permit = ResidencePermitNumber.parse(text, AS_OF);
            assertThat(permit.origin().addressCode()).isEqualTo(text.substring(0, 6));
            assertThat(permit.birthDate()).isEqualTo(LocalDate.of(Integer.parseInt(text.substring(6, 10)),
                    Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14))));
            assertThat(permit.masked()).isEqualTo(Masking.mask(text)).doesNotContain(text.substring(6, 14));
            assertThat(permit.toString()).isEqualTo(permit.masked());
            assertThat(ResidentIdNumber.check(text, AS_OF)).contains(Reason.KIND);
            assertThat(ForeignPermanentResidenceIdNumber.check(text, AS_OF)).contains(Reason.KIND);
        });
    }

    @Test
    void foreignPermanentResidenceIdsParseAndAreNeverResidentIds() {
        qt().forAll(foreignIds()).checkAssert(text -> {
            assertThat(IdentifierKind.of(text)).isEqualTo(IdentifierKind.FOREIGN_PERMANENT_RESIDENCE);
            ForeignPermanentResidenceIdNumber id = ForeignPermanentResidenceIdNumber.parse(text, AS_OF);
            assertThat(id.birthDate()).isBefore(AS_OF.plusDays(1));
            assertThat(id.masked()).isEqualTo(Masking.mask(text)).doesNotContain(text.substring(6, 14));
            assertThat(ResidentIdNumber.check(text, AS_OF)).contains(Reason.KIND);
            assertThat(ResidencePermitNumber.check(text, AS_OF)).contains(Reason.KIND);
        });
    }

    @Test
    void aChangedCheckCharacterIsAChecksumFailureOfTheRightKind() {
        qt().forAll(permits(), foreignIds(), integers().between(1, 10)).checkAssert((permit, foreign, shift) -> {
            String alphabet = "0123456789X";
            String badPermit = permit.substring(0, 17)
                    + alphabet.charAt((alphabet.indexOf(permit.charAt(17)) + shift) % 11);
            String badForeign = foreign.substring(0, 17)
                    + alphabet.charAt((alphabet.indexOf(foreign.charAt(17)) + shift) % 11);
            assertThat(ResidencePermitNumber.check(badPermit, AS_OF)).contains(Reason.CHECKSUM);
            assertThat(ForeignPermanentResidenceIdNumber.check(badForeign, AS_OF)).contains(Reason.CHECKSUM);
        });
    }

    @Test
    void permitOriginSexAndReasons() {
        String taiwan = IdNumbers.of("830000", LocalDate.of(1990, 5, 17), 123);
        ResidencePermitNumber permit = ResidencePermitNumber.parse(taiwan, AS_OF);
        assertThat(permit.origin()).isEqualTo(ResidencePermitNumber.Origin.TAIWAN);
        assertThat(permit.sex()).isEqualTo(Sex.MALE);
        assertThat(ResidencePermitNumber.parse(IdNumbers.of("810000", LocalDate.of(1990, 5, 17), 2), AS_OF).origin())
                .isEqualTo(ResidencePermitNumber.Origin.HONG_KONG);
        assertThat(ResidencePermitNumber.check(IdNumbers.of("840000", LocalDate.of(1990, 5, 17), 1), AS_OF))
                .contains(Reason.KIND);
        assertThat(ResidencePermitNumber.check(IdNumbers.of("820000", LocalDate.of(2026, 1, 1), 1), AS_OF))
                .contains(Reason.BIRTH_DATE);
        assertThat(ResidencePermitNumber.check("82000019900517", AS_OF)).contains(Reason.FORMAT);
        assertThatThrownBy(() -> ResidencePermitNumber.parse(taiwan.substring(0, 17) + "Z", AS_OF))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageNotContaining(taiwan.substring(0, 14));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "11010519491231002X, RESIDENT_ID",
        "810000199005171234, HMT_RESIDENCE_PERMIT",
        "820000199005171234, HMT_RESIDENCE_PERMIT",
        "830000199005171234, HMT_RESIDENCE_PERMIT",
        "811000199005171234, RESIDENT_ID",
        "911840199005171234, FOREIGN_PERMANENT_RESIDENCE",
        "91184019900517123, RESIDENT_ID",
    })
    void kindsAreToldByShape(String text, IdentifierKind kind) {
        assertThat(IdentifierKind.of(text)).isEqualTo(kind);
    }

    @Test
    void kindNamesAreBilingual() {
        assertThat(IdentifierKind.HMT_RESIDENCE_PERMIT.nameZh()).isEqualTo("港澳台居民居住证");
        assertThat(IdentifierKind.FOREIGN_PERMANENT_RESIDENCE.nameEn()).contains("permanent residence");
        assertThat(IdentifierKind.of(null)).isEqualTo(IdentifierKind.RESIDENT_ID);
    }
}
