package org.disabilitystandards.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.ResidentIdNumber;

/**
 * Fuzz tests of the identifier parsers. Without {@code JAZZER_FUZZ=1} they run the committed seed corpus
 * under {@code src/test/resources/.../IdentifierFuzzTestInputs} as ordinary tests; with it they fuzz
 * (see docs/fuzzing.md). Property: only {@link InvalidIdentifierException} escapes {@code parse}, the
 * non-throwing checks agree with it, and nothing shows the birth date of an accepted number.
 */
class IdentifierFuzzTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @FuzzTest(maxDuration = "30s")
    void residentIdNumber(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        boolean valid = ResidentIdNumber.isValid(text, AS_OF);
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(text, AS_OF);
            assertThat(valid).isTrue();
            assertThat(id.value()).isEqualTo(text);
            assertThat(id.toString()).doesNotContain(text.substring(6, 14));
            assertThat(id.birthDate()).isBeforeOrEqualTo(AS_OF);
        } catch (InvalidIdentifierException e) {
            assertThat(valid).isFalse();
            assertThat(ResidentIdNumber.check(text, AS_OF)).contains(e.reason());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void residentIdNumberLenient(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            ResidentIdNumber id = ResidentIdNumber.parseLenient(text, AS_OF);
            assertThat(ResidentIdNumber.isValid(id.value(), AS_OF)).isTrue();
        } catch (InvalidIdentifierException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void certificateNumber(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        boolean valid = DisabilityCertificateNumber.isValid(text, AS_OF);
        try {
            DisabilityCertificateNumber number = DisabilityCertificateNumber.parse(text, AS_OF);
            assertThat(valid).isTrue();
            assertThat(number.value()).isEqualTo(text);
            assertThat(number.residentIdNumber().value()).isEqualTo(text.substring(0, 18));
            assertThat(number.masked()).doesNotContain(text.substring(6, 14));
        } catch (InvalidIdentifierException e) {
            assertThat(valid).isFalse();
            assertThat(DisabilityCertificateNumber.check(text, AS_OF)).contains(e.reason());
        }
        try {
            DisabilityCertificateNumber.parseLenient(text, AS_OF);
        } catch (InvalidIdentifierException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }
}
