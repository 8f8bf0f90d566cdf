package org.disabilitystandards.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ResidentIdNumberPropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final String[] ADDRESSES = {"630102", "632121", "110105", "632857", "440305", "650102"};
    private static final String ALPHABET = "0123456789X";

    private static Gen<String> validIds() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        Gen<LocalDate> births = longs().between(first, AS_OF.toEpochDay()).map(LocalDate::ofEpochDay);
        return integers().between(0, ADDRESSES.length - 1)
                .zip(births, integers().between(0, 999), (a, birth, seq) -> IdNumbers.of(ADDRESSES[a], birth, seq));
    }

    @Test
    void everyGeneratedValidNumberParsesAndRoundTrips() {
        qt().forAll(validIds()).checkAssert(text -> {
            ResidentIdNumber id = ResidentIdNumber.parse(text, AS_OF);
            assertThat(id.value()).isEqualTo(text);
            assertThat(IdNumbers.of(id.addressCode(), id.birthDate(), id.sequenceCode())).isEqualTo(text);
            assertThat(id.masked()).hasSize(18).doesNotContain(text.substring(6, 14));
        });
    }

    @Test
    void everySingleCharacterCorruptionIsRejected() {
        qt().forAll(validIds(), integers().between(0, 17), integers().between(1, ALPHABET.length() - 1))
                .checkAssert((text, position, shift) -> {
                    char original = text.charAt(position);
                    int index = ALPHABET.indexOf(original);
                    char replacement = ALPHABET.charAt((index + shift) % ALPHABET.length());
                    String corrupted = text.substring(0, position) + replacement + text.substring(position + 1);
                    assertThat(ResidentIdNumber.isValid(corrupted, AS_OF)).as("corrupted at %d", position).isFalse();
                });
    }

    @Test
    void adjacentTranspositionsOfDifferentDigitsAreRejected() {
        qt().forAll(validIds(), integers().between(0, 15)).assuming((text, p) -> text.charAt(p) != text.charAt(p + 1))
                .checkAssert((text, p) -> {
                    String swapped = text.substring(0, p) + text.charAt(p + 1) + text.charAt(p) + text.substring(p + 2);
                    assertThat(ResidentIdNumber.isValid(swapped, AS_OF)).isFalse();
                });
    }
}
