package org.disabilitystandards.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.disabilitystandards.core.id.ForeignPermanentResidenceIdNumber;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.disabilitystandards.core.id.ResidencePermitNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class OtherIdentifierGeneratorsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Test
    void residencePermitNumbersAreValidPermitsAndNeverResidentIds() {
        qt().forAll(OtherIdentifierGenerators.residencePermitNumbers()).checkAssert(number -> {
            assertThat(IdentifierKind.of(number)).isEqualTo(IdentifierKind.HMT_RESIDENCE_PERMIT);
            assertThat(ResidencePermitNumber.isValid(number, AS_OF)).isTrue();
            assertThat(ResidentIdNumber.check(number, AS_OF)).contains(Reason.KIND);
        });
    }

    @Test
    void foreignPermanentResidenceIdNumbersAreValidAndNeverResidentIds() {
        qt().forAll(OtherIdentifierGenerators.foreignPermanentResidenceIdNumbers()).checkAssert(number -> {
            assertThat(IdentifierKind.of(number)).isEqualTo(IdentifierKind.FOREIGN_PERMANENT_RESIDENCE);
            assertThat(ForeignPermanentResidenceIdNumber.isValid(number, AS_OF)).isTrue();
            assertThat(ResidentIdNumber.check(number, AS_OF)).contains(Reason.KIND);
        });
    }

    @Test
    void aWrongCheckCharacterIsAChecksumFailure() {
        qt().forAll(OtherIdentifierGenerators.withWrongCheckCharacter(OtherIdentifierGenerators.residencePermitNumbers()))
                .checkAssert(n -> assertThat(ResidencePermitNumber.check(n, AS_OF)).contains(Reason.CHECKSUM));
        qt().forAll(OtherIdentifierGenerators.withWrongCheckCharacter(
                OtherIdentifierGenerators.foreignPermanentResidenceIdNumbers()))
                .checkAssert(n -> assertThat(ForeignPermanentResidenceIdNumber.check(n, AS_OF)).contains(Reason.CHECKSUM));
    }
}
