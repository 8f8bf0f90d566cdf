package org.disabilitystandards.validation.rule;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.grading.GradingParameters;
import org.disabilitystandards.core.id.IdentifierKind;

/**
 * The parameters of a {@link Profile}: values the references could not settle (marked [U] in the
 * standards reference) or that provinces set themselves. Each is documented in the bundled
 * {@code profiles.json} with its source and the profile defaults. Immutable; derive changed copies with
 * {@link #toBuilder()}. Two parameter sets are equal when every component is; the quota percentage is
 * compared by value ({@code 1.5} equals {@code 1.50}).
 *
 * @param regionPrefix the prefix every region code must start with (REGION.OUTSIDE_PROFILE), 0-6 ASCII
 *     digits; empty for no restriction
 * @param acceptFifteenDigitIds whether 15-digit first-generation ID numbers are converted (ID.CONVERTED)
 *     instead of rejected (ID.FORMAT)
 * @param careAllowanceGrades the certificate grades the care allowance covers; copied into an unmodifiable
 *     set
 * @param careAllowanceGrade3IntellectualMental whether grade-3 intellectual or mental disability is also
 *     covered by the care allowance
 * @param livingAllowanceHouseholds the household statuses that qualify for the living allowance; copied into
 *     an unmodifiable set
 * @param childAidMaxAge the oldest age for children's rehabilitation aid, 0-17
 * @param childAidCertificateFromAge the age from which children's rehabilitation aid needs a certificate,
 *     0-18
 * @param educationStageAges the plausible age range of each education stage; copied into an unmodifiable
 *     map
 * @param employmentQuotaPercent the employment quota ratio in percent of staff, above 0 and at most 100
 * @param grading the GB/T 26341 grading parameters the assessment rules grade with
 * @param acceptedIdKinds the identity number kinds accepted where a resident ID number is expected; the
 *     resident ID is always added; copied into an unmodifiable set
 * @param allowStatisticalRegionCodes whether a record's region code may be a statistical-only code
 * @param earliestBirthYear the earliest birth year taken as plausible, 1-9999
 * @param addressCodeGraceYears the grace years of retired address codes, 0-100
 * @param services the parameters of the service-programme rules
 */
public record ProfileParameters(
        String regionPrefix,
        boolean acceptFifteenDigitIds,
        Set<DisabilityGrade> careAllowanceGrades,
        boolean careAllowanceGrade3IntellectualMental,
        Set<HouseholdStatus> livingAllowanceHouseholds,
        int childAidMaxAge,
        int childAidCertificateFromAge,
        Map<EducationStage, AgeRange> educationStageAges,
        BigDecimal employmentQuotaPercent,
        GradingParameters grading,
        Set<IdentifierKind> acceptedIdKinds,
        boolean allowStatisticalRegionCodes,
        int earliestBirthYear,
        int addressCodeGraceYears,
        ServiceProgrammeParameters services) {

    /**
     * Checks the components and copies the collections.
     *
     * @param regionPrefix the regionPrefix component
     * @param acceptFifteenDigitIds the acceptFifteenDigitIds component
     * @param careAllowanceGrades the careAllowanceGrades component
     * @param careAllowanceGrade3IntellectualMental the careAllowanceGrade3IntellectualMental component
     * @param livingAllowanceHouseholds the livingAllowanceHouseholds component
     * @param childAidMaxAge the childAidMaxAge component
     * @param childAidCertificateFromAge the childAidCertificateFromAge component
     * @param educationStageAges the educationStageAges component
     * @param employmentQuotaPercent the employmentQuotaPercent component
     * @param grading the grading component
     * @param acceptedIdKinds the acceptedIdKinds component
     * @param allowStatisticalRegionCodes the allowStatisticalRegionCodes component
     * @param earliestBirthYear the earliestBirthYear component
     * @param addressCodeGraceYears the addressCodeGraceYears component
     * @param services the services component
     * @throws NullPointerException     if a reference component is null
     * @throws IllegalArgumentException if a value is outside its documented range
     */
    public ProfileParameters {
        checkRegionPrefix(regionPrefix);
        checkChildAidMaxAge(childAidMaxAge);
        checkChildAidCertificateFromAge(childAidCertificateFromAge);
        checkEmploymentQuotaPercent(employmentQuotaPercent);
        checkEarliestBirthYear(earliestBirthYear);
        checkAddressCodeGraceYears(addressCodeGraceYears);
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(services, "services");
        careAllowanceGrades = Collections.unmodifiableSet(enumSet(DisabilityGrade.class, careAllowanceGrades));
        livingAllowanceHouseholds = Collections.unmodifiableSet(
                enumSet(HouseholdStatus.class, livingAllowanceHouseholds));
        EnumSet<IdentifierKind> kinds = enumSet(IdentifierKind.class, acceptedIdKinds);
        kinds.add(IdentifierKind.RESIDENT_ID);
        acceptedIdKinds = Collections.unmodifiableSet(kinds);
        Map<EducationStage, AgeRange> ages = new EnumMap<>(EducationStage.class);
        Objects.requireNonNull(educationStageAges, "educationStageAges").forEach((stage, range) -> ages.put(
                Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(range, "range")));
        educationStageAges = Collections.unmodifiableMap(ages);
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Set<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(Objects.requireNonNull(values, type.getSimpleName()));
        return copy;
    }

    private static void checkRegionPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() > 6 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("region prefix must be up to 6 digits");
        }
    }

    private static void checkChildAidMaxAge(int age) {
        if (age < 0 || age > 17) {
            throw new IllegalArgumentException("child aid age must be 0-17");
        }
    }

    private static void checkChildAidCertificateFromAge(int age) {
        if (age < 0 || age > 18) {
            throw new IllegalArgumentException("certificate age must be 0-18");
        }
    }

    private static void checkEmploymentQuotaPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "employmentQuotaPercent");
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("quota must be in (0, 100]");
        }
    }

    private static void checkEarliestBirthYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("earliest birth year must be 1-9999");
        }
    }

    private static void checkAddressCodeGraceYears(int years) {
        if (years < 0 || years > 100) {
            throw new IllegalArgumentException("grace years must be 0-100");
        }
    }

    /**
     * Returns a builder with no values set (every value must be set before {@link Builder#build()}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with these values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.regionPrefix = regionPrefix;
        b.acceptFifteenDigitIds = acceptFifteenDigitIds;
        b.careAllowanceGrades = EnumSet.noneOf(DisabilityGrade.class);
        b.careAllowanceGrades.addAll(careAllowanceGrades);
        b.careAllowanceGrade3IntellectualMental = careAllowanceGrade3IntellectualMental;
        b.livingAllowanceHouseholds = EnumSet.noneOf(HouseholdStatus.class);
        b.livingAllowanceHouseholds.addAll(livingAllowanceHouseholds);
        b.childAidMaxAge = childAidMaxAge;
        b.childAidCertificateFromAge = childAidCertificateFromAge;
        b.educationStageAges = new EnumMap<>(EducationStage.class);
        b.educationStageAges.putAll(educationStageAges);
        b.employmentQuotaPercent = employmentQuotaPercent;
        b.grading = grading;
        b.acceptedIdKinds = EnumSet.copyOf(acceptedIdKinds);
        b.allowStatisticalRegionCodes = allowStatisticalRegionCodes;
        b.earliestBirthYear = earliestBirthYear;
        b.addressCodeGraceYears = addressCodeGraceYears;
        b.services = services;
        return b;
    }

    /**
     * Returns whether the care allowance covers a certificate of a grade and category under these
     * parameters.
     *
     * @param grade    the certificate grade
     * @param category the certificate category
     * @return true if covered
     */
    public boolean careAllowanceCovers(DisabilityGrade grade, DisabilityCategory category) {
        return careAllowanceGrades.contains(grade) || careAllowanceGrade3IntellectualMental
                && grade == DisabilityGrade.GRADE_3 && isIntellectualOrMental(category);
    }

    static boolean isIntellectualOrMental(DisabilityCategory category) {
        return category == DisabilityCategory.INTELLECTUAL
                || category == DisabilityCategory.MENTAL;
    }

    /**
     * Compares every component; the quota percentage by value ({@link BigDecimal#compareTo}).
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProfileParameters that)) {
            return false;
        }
        return regionPrefix.equals(that.regionPrefix) && acceptFifteenDigitIds == that.acceptFifteenDigitIds
                && careAllowanceGrades.equals(that.careAllowanceGrades)
                && careAllowanceGrade3IntellectualMental == that.careAllowanceGrade3IntellectualMental
                && livingAllowanceHouseholds.equals(that.livingAllowanceHouseholds)
                && childAidMaxAge == that.childAidMaxAge && childAidCertificateFromAge == that.childAidCertificateFromAge
                && educationStageAges.equals(that.educationStageAges)
                && employmentQuotaPercent.compareTo(that.employmentQuotaPercent) == 0
                && grading.equals(that.grading) && acceptedIdKinds.equals(that.acceptedIdKinds)
                && allowStatisticalRegionCodes == that.allowStatisticalRegionCodes
                && earliestBirthYear == that.earliestBirthYear && addressCodeGraceYears == that.addressCodeGraceYears
                && services.equals(that.services);
    }

    /**
     * Hashes every component {@link #equals} compares.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // every field that equals compares; the quota percentage by value, as compareTo does there
        return Objects.hash(regionPrefix, acceptFifteenDigitIds, careAllowanceGrades,
                careAllowanceGrade3IntellectualMental, livingAllowanceHouseholds, childAidMaxAge,
                childAidCertificateFromAge, educationStageAges, employmentQuotaPercent.stripTrailingZeros(), grading,
                acceptedIdKinds, allowStatisticalRegionCodes, earliestBirthYear, addressCodeGraceYears, services);
    }

    /** Builds {@link ProfileParameters}. Not thread-safe. */
    public static final class Builder {

        private String regionPrefix;
        private boolean acceptFifteenDigitIds;
        private EnumSet<DisabilityGrade> careAllowanceGrades = EnumSet.noneOf(DisabilityGrade.class);
        private boolean careAllowanceGrade3IntellectualMental;
        private EnumSet<HouseholdStatus> livingAllowanceHouseholds = EnumSet.noneOf(HouseholdStatus.class);
        private int childAidMaxAge = -1;
        private int childAidCertificateFromAge = -1;
        private Map<EducationStage, AgeRange> educationStageAges = new EnumMap<>(EducationStage.class);
        private BigDecimal employmentQuotaPercent;
        private GradingParameters grading;
        private EnumSet<IdentifierKind> acceptedIdKinds = EnumSet.allOf(IdentifierKind.class);
        private boolean allowStatisticalRegionCodes;
        private int earliestBirthYear = 1900;
        private int addressCodeGraceYears = 3;
        private ServiceProgrammeParameters services = ServiceProgrammeParameters.builder().build();

        private Builder() {
        }

        /**
         * Sets the identity number kinds accepted where a resident ID is expected (default: all).
         *
         * @param kinds the kinds; the resident ID is always added
         * @return this builder
         */
        public Builder acceptedIdKinds(Set<IdentifierKind> kinds) {
            this.acceptedIdKinds = EnumSet.of(IdentifierKind.RESIDENT_ID);
            this.acceptedIdKinds.addAll(kinds);
            return this;
        }

        /**
         * Sets whether statistical-only region codes are allowed (default false).
         *
         * @param allow true to allow
         * @return this builder
         */
        public Builder allowStatisticalRegionCodes(boolean allow) {
            this.allowStatisticalRegionCodes = allow;
            return this;
        }

        /**
         * Sets the earliest plausible birth year (default 1900).
         *
         * @param year 1-9999
         * @return this builder
         * @throws IllegalArgumentException if outside 1-9999
         */
        public Builder earliestBirthYear(int year) {
            checkEarliestBirthYear(year);
            this.earliestBirthYear = year;
            return this;
        }

        /**
         * Sets the grace years of retired address codes (default 3).
         *
         * @param years 0-100
         * @return this builder
         * @throws IllegalArgumentException if outside 0-100
         */
        public Builder addressCodeGraceYears(int years) {
            checkAddressCodeGraceYears(years);
            this.addressCodeGraceYears = years;
            return this;
        }

        /**
         * Sets the region prefix.
         *
         * @param prefix digits, or empty for no restriction
         * @return this builder
         * @throws IllegalArgumentException if the prefix is not 0-6 ASCII digits
         */
        public Builder regionPrefix(String prefix) {
            checkRegionPrefix(prefix);
            this.regionPrefix = prefix;
            return this;
        }

        /**
         * Sets whether 15-digit ID numbers are converted.
         *
         * @param accept true to convert them with a warning
         * @return this builder
         */
        public Builder acceptFifteenDigitIds(boolean accept) {
            this.acceptFifteenDigitIds = accept;
            return this;
        }

        /**
         * Sets the grades the care allowance covers.
         *
         * @param grades the grades
         * @return this builder
         */
        public Builder careAllowanceGrades(Set<DisabilityGrade> grades) {
            this.careAllowanceGrades = EnumSet.noneOf(DisabilityGrade.class);
            this.careAllowanceGrades.addAll(grades);
            return this;
        }

        /**
         * Sets whether grade-3 intellectual or mental disability is covered by the care allowance.
         *
         * @param covered true if covered
         * @return this builder
         */
        public Builder careAllowanceGrade3IntellectualMental(boolean covered) {
            this.careAllowanceGrade3IntellectualMental = covered;
            return this;
        }

        /**
         * Sets the household statuses that qualify for the living allowance.
         *
         * @param statuses the statuses
         * @return this builder
         */
        public Builder livingAllowanceHouseholds(Set<HouseholdStatus> statuses) {
            this.livingAllowanceHouseholds = EnumSet.noneOf(HouseholdStatus.class);
            this.livingAllowanceHouseholds.addAll(statuses);
            return this;
        }

        /**
         * Sets the oldest age for children's rehabilitation aid.
         *
         * @param age the age in completed years, 0-17
         * @return this builder
         * @throws IllegalArgumentException if outside 0-17
         */
        public Builder childAidMaxAge(int age) {
            checkChildAidMaxAge(age);
            this.childAidMaxAge = age;
            return this;
        }

        /**
         * Sets the age from which children's rehabilitation aid needs a certificate.
         *
         * @param age the age in completed years, 0-18
         * @return this builder
         * @throws IllegalArgumentException if outside 0-18
         */
        public Builder childAidCertificateFromAge(int age) {
            checkChildAidCertificateFromAge(age);
            this.childAidCertificateFromAge = age;
            return this;
        }

        /**
         * Sets the plausible age range of an education stage.
         *
         * @param stage the stage
         * @param range the range
         * @return this builder
         */
        public Builder educationStageAge(EducationStage stage, AgeRange range) {
            this.educationStageAges.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(range, "range"));
            return this;
        }

        /**
         * Sets the employment quota ratio.
         *
         * @param percent the ratio in percent, above 0 and at most 100
         * @return this builder
         * @throws IllegalArgumentException if outside (0, 100]
         */
        public Builder employmentQuotaPercent(BigDecimal percent) {
            checkEmploymentQuotaPercent(percent);
            this.employmentQuotaPercent = percent;
            return this;
        }

        /**
         * Sets the GB/T 26341 grading parameters.
         *
         * @param parameters the grading parameters
         * @return this builder
         */
        public Builder grading(GradingParameters parameters) {
            this.grading = Objects.requireNonNull(parameters, "grading");
            return this;
        }

        /**
         * Sets the parameters of the service-programme rules (default: no caps, no retrofit items).
         *
         * @param parameters the service parameters
         * @return this builder
         */
        public Builder services(ServiceProgrammeParameters parameters) {
            this.services = Objects.requireNonNull(parameters, "services");
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalStateException if a value was never set
         */
        public ProfileParameters build() {
            if (regionPrefix == null || childAidMaxAge < 0 || childAidCertificateFromAge < 0
                    || employmentQuotaPercent == null || grading == null) {
                throw new IllegalStateException("every profile parameter must be set");
            }
            return new ProfileParameters(regionPrefix, acceptFifteenDigitIds, careAllowanceGrades,
                    careAllowanceGrade3IntellectualMental, livingAllowanceHouseholds, childAidMaxAge,
                    childAidCertificateFromAge, educationStageAges, employmentQuotaPercent, grading, acceptedIdKinds,
                    allowStatisticalRegionCodes, earliestBirthYear, addressCodeGraceYears, services);
        }
    }
}
