package org.disabilitystandards.testkit.generators;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the identity numbers that are not resident ID numbers but stand where one is expected
 * ({@link org.disabilitystandards.core.id.IdentifierKind}): 港澳台居民居住证 numbers (GB 11643 structure with the
 * address code 810000, 820000 or 830000) and the 2023 foreigner's permanent residence ID numbers (17 digits
 * starting with 9 - province of issue, 3-digit nationality code, birth date, 3-digit sequence - and the
 * MOD 11-2 check character), valid or with a wrong check character.
 */
public final class OtherIdentifierGenerators {

    private static final List<String> PERMIT_PREFIXES = List.of("810000", "820000", "830000");
    private static final String CHECK_CHARACTERS = "0123456789X";

    private OtherIdentifierGenerators() {
    }

    /**
     * Generates valid 港澳台居民居住证 numbers of people born 1930-01-01 to 2024-12-31.
     *
     * @return a generator of 18-character numbers
     */
    public static Gen<String> residencePermitNumbers() {
        return residencePermitNumbers(IdentifierGenerators.dates(LocalDate.of(1930, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    /**
     * Generates valid 港澳台居民居住证 numbers with the given birth dates, any origin and sequence code.
     *
     * @param birthDates generator of birth dates
     * @return a generator of 18-character numbers
     */
    public static Gen<String> residencePermitNumbers(Gen<LocalDate> birthDates) {
        Objects.requireNonNull(birthDates, "birthDates");
        return IdentifierGenerators.residentIdNumbers(Generate.pick(PERMIT_PREFIXES), birthDates);
    }

    /**
     * Generates valid foreigner's permanent residence ID numbers (2023 edition) of people born 1930-01-01 to
     * 2024-12-31.
     *
     * @return a generator of 18-character numbers
     */
    public static Gen<String> foreignPermanentResidenceIdNumbers() {
        return foreignPermanentResidenceIdNumbers(
                IdentifierGenerators.dates(LocalDate.of(1930, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    /**
     * Generates valid foreigner's permanent residence ID numbers with the given birth dates: {@code 9}, a
     * province code 11-65, a nationality code 004-894, the birth date, a sequence code and the check character.
     *
     * @param birthDates generator of birth dates
     * @return a generator of 18-character numbers
     */
    public static Gen<String> foreignPermanentResidenceIdNumbers(Gen<LocalDate> birthDates) {
        Objects.requireNonNull(birthDates, "birthDates");
        return Generate.range(11, 65).zip(Generate.range(4, 894), birthDates, Generate.range(0, 999),
                (province, nation, birth, sequence) -> {
                    String first17 = String.format("9%02d%03d%04d%02d%02d%03d", province, nation, birth.getYear(),
                            birth.getMonthValue(), birth.getDayOfMonth(), sequence);
                    return first17 + ResidentIdNumber.checkCharacter(first17);
                });
    }

    /**
     * Turns valid numbers of any GB 11643-structured kind into numbers with a wrong check character
     * (reason CHECKSUM).
     *
     * @param valid generator of valid 18-character numbers
     * @return a generator of numbers whose check character is wrong
     */
    public static Gen<String> withWrongCheckCharacter(Gen<String> valid) {
        Objects.requireNonNull(valid, "valid");
        return valid.zip(Generate.range(1, 10), (id, shift) -> id.substring(0, 17)
                + CHECK_CHARACTERS.charAt((CHECK_CHARACTERS.indexOf(id.charAt(17)) + shift) % 11));
    }
}
