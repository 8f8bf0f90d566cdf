package org.disabilitystandards.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Test
    void parsesPublishedExamplesIncludingCheckCharacterX() {
        ResidentIdNumber withX = ResidentIdNumber.parse("11010519491231002X", AS_OF);
        assertThat(withX.checkCharacter()).isEqualTo('X');
        assertThat(withX.addressCode()).isEqualTo("110105");
        assertThat(withX.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(withX.sequenceCode()).isEqualTo(2);
        assertThat(withX.sex()).isEqualTo(Sex.FEMALE);

        ResidentIdNumber digit = ResidentIdNumber.parse("130182198609215753", AS_OF);
        assertThat(digit.checkCharacter()).isEqualTo('3');
        assertThat(digit.sex()).isEqualTo(Sex.MALE);
        assertThat(digit.normalizations()).isEmpty();
    }

    @Test
    void computesTheMod112CheckCharacter() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("13018219860921575")).isEqualTo('3');
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1301821986092157"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "11010519491231002Y, FORMAT",
        "11010519491231002x, FORMAT",
        "1101051949123100 2X, FORMAT",
        "11010519491231002, FORMAT",
        "11010519491231002XX, FORMAT",
        "110105194912310021, CHECKSUM",
        "130182198609215754, CHECKSUM",
    })
    void rejectsWithReason(String text, Reason reason) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(text, AS_OF))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(ResidentIdNumber.check(text, AS_OF)).contains(reason);
        assertThat(ResidentIdNumber.isValid(text, AS_OF)).isFalse();
    }

    @Test
    void onlyAsciiDigitsCount() {
        String fullWidth = "１１０１０５１９４９１２３１００２X";
        String arabicIndic = "\u0661" + "1010519491231002X";
        assertThat(ResidentIdNumber.check(fullWidth, AS_OF)).contains(Reason.FORMAT);
        assertThat(ResidentIdNumber.check(arabicIndic, AS_OF)).contains(Reason.FORMAT);
        assertThat(ResidentIdNumber.isValid(null, AS_OF)).isFalse();
    }

    @ParameterizedTest(name = "birth {0} valid={1}")
    @CsvSource({
        "1899-12-31, true",
        "1850-06-15, true",
        "1900-01-01, true",
        "2000-02-29, true",
        "2004-02-29, true",
        "2025-12-31, true",
        "2026-01-01, false",
    })
    void birthDateBoundaries(LocalDate birth, boolean valid) {
        String id = IdNumbers.of("630102", birth, 1);
        assertThat(ResidentIdNumber.isValid(id, AS_OF)).isEqualTo(valid);
        if (!valid) {
            assertThat(ResidentIdNumber.check(id, AS_OF)).contains(Reason.BIRTH_DATE);
        }
    }

    @ParameterizedTest(name = "impossible date {0}")
    @CsvSource({"19000229", "20010229", "19850230", "19850431", "19851301", "19850001", "19850100", "19850132"})
    void impossibleCalendarDatesAreBirthDateErrors(String yyyymmdd) {
        String id = IdNumbers.ofDigits("630102" + yyyymmdd + "001");
        assertThat(ResidentIdNumber.check(id, AS_OF)).contains(Reason.BIRTH_DATE);
    }

    @Test
    void sexFollowsTheParityOfTheSequenceDigit() {
        assertThat(ResidentIdNumber.parse(IdNumbers.of("630102", LocalDate.of(1985, 7, 15), 1), AS_OF).sex())
                .isEqualTo(Sex.MALE);
        assertThat(ResidentIdNumber.parse(IdNumbers.of("630102", LocalDate.of(1985, 7, 15), 10), AS_OF).sex())
                .isEqualTo(Sex.FEMALE);
        assertThat(ResidentIdNumber.parse(IdNumbers.of("630102", LocalDate.of(1985, 7, 15), 999), AS_OF).sex())
                .isEqualTo(Sex.MALE);
    }

    @Test
    void ageInCompletedYears() {
        ResidentIdNumber id = ResidentIdNumber.parse(IdNumbers.of("630102", LocalDate.of(2019, 3, 1), 1), AS_OF);
        assertThat(id.ageOn(LocalDate.of(2022, 2, 28))).isEqualTo(2);
        assertThat(id.ageOn(LocalDate.of(2022, 3, 1))).isEqualTo(3);
        assertThat(id.ageOn(LocalDate.of(2019, 3, 1))).isZero();
        assertThat(id.ageOn(LocalDate.of(2019, 2, 28))).isEqualTo(-1);
    }

    @Test
    void fifteenDigitNumbersAreConvertedOnlyOnRequest() {
        assertThat(ResidentIdNumber.check("150102880730303", AS_OF)).contains(Reason.FORMAT);
        ResidentIdNumber converted = ResidentIdNumber.convertFifteen("150102880730303", AS_OF);
        assertThat(converted.value()).isEqualTo("150102198807303035");
        assertThat(converted.normalizations()).containsExactly(Normalization.CONVERTED_FROM_15_DIGITS);
        assertThat(ResidentIdNumber.parseLenient(" 150102880730303 ", AS_OF).normalizations())
                .containsExactlyInAnyOrder(Normalization.CONVERTED_FROM_15_DIGITS, Normalization.TRIMMED);
        assertThat(ResidentIdNumber.fifteenToEighteen("150102880730303")).contains("150102198807303035");
        assertThat(ResidentIdNumber.fifteenToEighteen("150102881330303")).contains("150102198813303031");
        assertThat(ResidentIdNumber.fifteenToEighteen("15010288073030X")).isEmpty();
        assertThat(ResidentIdNumber.fifteenToEighteen("150102198807303035")).isEmpty();
        assertThatThrownBy(() -> ResidentIdNumber.convertFifteen("150102881330303", AS_OF))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE));
        assertThatThrownBy(() -> ResidentIdNumber.convertFifteen("15010288073030X", AS_OF))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
    }

    @Test
    void lenientParsingUpperCasesAndSaysSo() {
        ResidentIdNumber id = ResidentIdNumber.parseLenient("11010519491231002x", AS_OF);
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.normalizations()).containsExactly(Normalization.UPPER_CASED);
        assertThat(id).isEqualTo(ResidentIdNumber.parse("11010519491231002X", AS_OF));
    }

    @Test
    void neverShowsTheFullNumber() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", AS_OF);
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
        assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021", AS_OF))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("110105194912310021").doesNotContain("19491231"));
    }
}
