package org.disabilitystandards.testkit.generators;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of identifiers: valid resident ID numbers (GB 11643-1999: 6-digit address code, birth date
 * {@code yyyyMMdd}, 3-digit sequence code, ISO 7064 MOD 11-2 check character) with real Qinghai county
 * codes and birth dates in a chosen range; ID numbers invalid for one chosen {@link Reason}; valid
 * second-generation disability certificate numbers (ID number, category digit 1-7, grade digit 1-4,
 * optional reissue {@code B1}-{@code B9}) and certificate numbers invalid for one chosen reason.
 */
public final class IdentifierGenerators {

    /**
     * Earliest birth date these generators produce by default; GB 11643 itself sets no lower bound (profiles
     * flag earlier years with ID.BIRTH_YEAR_EARLY).
     */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final String CHECK_CHARACTERS = "0123456789X";

    private IdentifierGenerators() {
    }

    /**
     * Generates valid ID numbers of people born between 1930-01-01 and 2024-12-31 in Qinghai counties.
     *
     * @return a generator of 18-character ID numbers
     */
    public static Gen<String> residentIdNumbers() {
        return residentIdNumbers(LocalDate.of(1930, 1, 1), LocalDate.of(2024, 12, 31));
    }

    /**
     * Generates valid ID numbers of people born in a date range (inclusive) in Qinghai counties.
     *
     * @param bornFrom the earliest birth date, not before 1900-01-01
     * @param bornTo   the latest birth date
     * @return a generator of 18-character ID numbers
     * @throws IllegalArgumentException if the range is empty or starts before 1900
     */
    public static Gen<String> residentIdNumbers(LocalDate bornFrom, LocalDate bornTo) {
        return residentIdNumbers(CodeGenerators.qinghaiCountyCodes(), dates(bornFrom, bornTo));
    }

    /**
     * Generates valid ID numbers from address codes and birth dates: any sequence code 000-999 (odd male,
     * even female), correct check character.
     *
     * @param addressCodes generator of 6-digit address codes
     * @param birthDates   generator of birth dates from 1900 on
     * @return a generator of 18-character ID numbers
     */
    public static Gen<String> residentIdNumbers(Gen<String> addressCodes, Gen<LocalDate> birthDates) {
        Objects.requireNonNull(addressCodes, "addressCodes");
        Objects.requireNonNull(birthDates, "birthDates");
        return addressCodes.zip(birthDates, Generate.range(0, 999), IdentifierGenerators::idNumber);
    }

    /**
     * Builds a valid ID number from its parts.
     *
     * @param addressCode the 6-digit address code
     * @param birthDate   the birth date (years 1900-9999)
     * @param sequence    the sequence code 0-999 (odd: male)
     * @return the 18 characters with the right check character
     */
    public static String idNumber(String addressCode, LocalDate birthDate, int sequence) {
        String first17 = addressCode + yyyyMMdd(birthDate) + threeDigits(sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * Generates ID numbers that {@link ResidentIdNumber#check(CharSequence, LocalDate)} rejects with the
     * given reason as of a date: {@link Reason#FORMAT} (a character dropped or added, a letter among the
     * digits, a lower-case {@code x}), {@link Reason#CHECKSUM} (a valid number with another check
     * character), {@link Reason#BIRTH_DATE} (month 13, day 0, day 31 of a 30-day month, 29 February of a
     * common year, the year 0000, or a birth after {@code asOf}, each with the right check character),
     * {@link Reason#KIND} (a valid 港澳台居民居住证 number or foreigner's permanent residence ID number).
     *
     * @param reason FORMAT, CHECKSUM, BIRTH_DATE or KIND
     * @param asOf   the date the numbers are checked against (birth after it is invalid)
     * @return a generator of invalid ID numbers
     * @throws IllegalArgumentException for a reason that concerns certificate numbers only, or an as-of
     *                                  date before 1930
     */
    public static Gen<String> invalidResidentIdNumbers(Reason reason, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Gen<String> valid = residentIdNumbers(LocalDate.of(1930, 1, 1), notBefore1930(asOf));
        switch (Objects.requireNonNull(reason, "reason")) {
            case FORMAT:
                return valid.zip(Generate.range(0, 3), Generate.range(0, 16), IdentifierGenerators::breakFormat);
            case CHECKSUM:
                return valid.zip(Generate.range(1, 10), (id, shift) -> id.substring(0, 17)
                        + CHECK_CHARACTERS.charAt((CHECK_CHARACTERS.indexOf(id.charAt(17)) + shift) % 11));
            case BIRTH_DATE:
                return in -> impossibleBirth(in, asOf);
            case KIND:
                return Generate.booleans().zip(OtherIdentifierGenerators.residencePermitNumbers(),
                        OtherIdentifierGenerators.foreignPermanentResidenceIdNumbers(),
                        (permit, p, f) -> permit ? p : f);
            default:
                throw new IllegalArgumentException(reason + " concerns certificate numbers, not ID numbers");
        }
    }

    private static String breakFormat(String id, int variant, int position) {
        switch (variant) {
            case 0:
                return id.substring(0, 17);
            case 1:
                return id + '0';
            case 2:
                return id.substring(0, position) + 'A' + id.substring(position + 1);
            default:
                return id.substring(0, 17) + 'x';
        }
    }

    private static String impossibleBirth(RandomnessSource in, LocalDate asOf) {
        String address = CodeGenerators.qinghaiCountyCodes().generate(in);
        int year = Generate.range(1901, 2020).generate(in);
        String date;
        switch (Generate.range(0, 5).generate(in)) {
            case 0:
                date = year + "1315";
                break;
            case 1:
                date = year + "0700";
                break;
            case 2:
                date = year + "0431";
                break;
            case 3:
                date = (year % 4 == 0 ? year + 1 : year) + "0229";
                break;
            case 4:
                date = "00000615";
                break;
            default:
                date = yyyyMMdd(asOf.plusDays(Generate.range(1, 3650).generate(in)));
                break;
        }
        String first17 = address + date + threeDigits(Generate.range(0, 999).generate(in));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * Generates valid certificate numbers of holders born between 1930 and 2024 in Qinghai: ID number,
     * category digit, grade digit and, for about one in five, a reissue suffix.
     *
     * @return a generator of 20- or 22-character certificate numbers
     */
    public static Gen<String> certificateNumbers() {
        return certificateNumbers(residentIdNumbers());
    }

    /**
     * Generates valid certificate numbers of holders with the generated ID numbers.
     *
     * @param idNumbers generator of valid ID numbers
     * @return a generator of certificate numbers
     */
    public static Gen<String> certificateNumbers(Gen<String> idNumbers) {
        Objects.requireNonNull(idNumbers, "idNumbers");
        return idNumbers.zip(CodeGenerators.codes(DisabilityCategory.class), CodeGenerators.codes(DisabilityGrade.class),
                Generate.range(0, 45), (id, category, grade, reissue) -> certificateNumber(id, category, grade,
                        reissue < 36 ? 0 : reissue - 36));
    }

    /**
     * Builds a certificate number from its parts.
     *
     * @param idNumber the holder's ID number
     * @param category the category (digit 19)
     * @param grade    the grade (digit 20)
     * @param reissue  0 for an original, 1-9 for the reissue suffix {@code B1}-{@code B9}
     * @return the number
     * @throws IllegalArgumentException if reissue is outside 0-9
     */
    public static String certificateNumber(String idNumber, DisabilityCategory category, DisabilityGrade grade,
            int reissue) {
        if (reissue < 0 || reissue > 9) {
            throw new IllegalArgumentException("reissue must be 0-9");
        }
        return idNumber + category.digit() + grade.number() + (reissue == 0 ? "" : "B" + reissue);
    }

    /**
     * Generates certificate numbers that
     * {@link org.disabilitystandards.core.id.DisabilityCertificateNumber#check(CharSequence, LocalDate)}
     * rejects with the given reason: {@link Reason#FORMAT} (19 or 23 characters, a letter as category
     * digit), {@link Reason#CATEGORY} (digit 0, 8 or 9), {@link Reason#GRADE} (0 or 5-9), {@link Reason#REISSUE}
     * ({@code B0}, another letter than B, {@code BB}; a lone B is a valid first reissue), {@link Reason#CHECKSUM} and {@link Reason#BIRTH_DATE}
     * and {@link Reason#KIND} (the holder's ID number invalid for that reason).
     *
     * @param reason the reason
     * @param asOf   the date the numbers are checked against
     * @return a generator of invalid certificate numbers
     * @throws IllegalArgumentException for an as-of date before 1930
     */
    public static Gen<String> invalidCertificateNumbers(Reason reason, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Gen<String> valid = certificateNumbers(residentIdNumbers(LocalDate.of(1930, 1, 1), notBefore1930(asOf)))
                .map(n -> n.substring(0, 20));
        switch (Objects.requireNonNull(reason, "reason")) {
            case FORMAT:
                return valid.zip(Generate.range(0, 2), (n, variant) -> variant == 0 ? n.substring(0, 19)
                        : variant == 1 ? n + "B12" : n.substring(0, 18) + 'Z' + n.charAt(19));
            case CATEGORY:
                return valid.zip(Generate.pick(List.of('0', '8', '9')),
                        (n, digit) -> n.substring(0, 18) + digit + n.charAt(19));
            case GRADE:
                return valid.zip(Generate.pick(List.of('0', '5', '6', '7', '8', '9')),
                        (n, digit) -> n.substring(0, 19) + digit);
            case REISSUE:
                return valid.zip(Generate.pick(List.of("B0", "C1", "BB")), (n, suffix) -> n + suffix);
            case CHECKSUM:
            case BIRTH_DATE:
            case KIND:
                return invalidResidentIdNumbers(reason, asOf).zip(CodeGenerators.codes(DisabilityCategory.class),
                        CodeGenerators.codes(DisabilityGrade.class),
                        (id, category, grade) -> id + category.digit() + grade.number());
            default:
                throw new IllegalArgumentException("unknown reason " + reason);
        }
    }

    /**
     * Generates dates in a range, inclusive.
     *
     * @param from the first date, not before 1900-01-01
     * @param to   the last date
     * @return a generator of dates
     * @throws IllegalArgumentException if the range is empty or starts before 1900
     */
    public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        if (from.isBefore(EARLIEST_BIRTH) || to.isBefore(from)) {
            throw new IllegalArgumentException("need 1900-01-01 <= from <= to");
        }
        return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static LocalDate notBefore1930(LocalDate asOf) {
        if (asOf.getYear() < 1930) {
            throw new IllegalArgumentException("asOf must be in 1930 or later");
        }
        return asOf;
    }

    private static String yyyyMMdd(LocalDate date) {
        int ymd = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        return Integer.toString(ymd);
    }

    private static String threeDigits(int sequence) {
        return sequence < 10 ? "00" + sequence : sequence < 100 ? "0" + sequence : Integer.toString(sequence);
    }
}
