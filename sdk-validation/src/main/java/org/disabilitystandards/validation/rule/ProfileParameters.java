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
 * {@link #toBuilder()}.
 */
public final class ProfileParameters {

    private final String regionPrefix;
    private final boolean acceptFifteenDigitIds;
    private final Set<DisabilityGrade> careAllowanceGrades;
    private final boolean careAllowanceGrade3IntellectualMental;
    private final Set<HouseholdStatus> livingAllowanceHouseholds;
    private final int childAidMaxAge;
    private final int childAidCertificateFromAge;
    private final Map<EducationStage, AgeRange> educationStageAges;
    private final BigDecimal employmentQuotaPercent;
    private final GradingParameters grading;
    private final Set<IdentifierKind> acceptedIdKinds;
    private final boolean allowStatisticalRegionCodes;
    private final int earliestBirthYear;
    private final int addressCodeGraceYears;
    private final ServiceProgrammeParameters services;

    private ProfileParameters(Builder b) {
        this.regionPrefix = b.regionPrefix;
        this.acceptFifteenDigitIds = b.acceptFifteenDigitIds;
        this.careAllowanceGrades = Collections.unmodifiableSet(EnumSet.copyOf(b.careAllowanceGrades));
        this.careAllowanceGrade3IntellectualMental = b.careAllowanceGrade3IntellectualMental;
        this.livingAllowanceHouseholds = Collections.unmodifiableSet(EnumSet.copyOf(b.livingAllowanceHouseholds));
        this.childAidMaxAge = b.childAidMaxAge;
        this.childAidCertificateFromAge = b.childAidCertificateFromAge;
        this.educationStageAges = Collections.unmodifiableMap(new EnumMap<>(b.educationStageAges));
        this.employmentQuotaPercent = b.employmentQuotaPercent;
        this.grading = b.grading;
        this.acceptedIdKinds = Collections.unmodifiableSet(EnumSet.copyOf(b.acceptedIdKinds));
        this.allowStatisticalRegionCodes = b.allowStatisticalRegionCodes;
        this.earliestBirthYear = b.earliestBirthYear;
        this.addressCodeGraceYears = b.addressCodeGraceYears;
        this.services = b.services;
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
     * Returns the identity number kinds accepted in {@code idNumber} where a resident ID number is expected
     * (ID.KIND_NOT_ACCEPTED for the others). The resident ID is always accepted.
     *
     * @return an immutable set
     */
    public Set<IdentifierKind> acceptedIdKinds() {
        return acceptedIdKinds;
    }

    /**
     * Returns whether a record's {@code regionCode} may be a statistical-only code of the NBS lists
     * (REGION.STATISTICAL_ONLY otherwise); qinghai allows them (632857 大柴旦行政委员会).
     *
     * @return true if allowed
     */
    public boolean allowStatisticalRegionCodes() {
        return allowStatisticalRegionCodes;
    }

    /**
     * Returns the earliest birth year taken as plausible (ID.BIRTH_YEAR_EARLY before it); GB 11643 itself sets
     * no lower bound.
     *
     * @return the year
     */
    public int earliestBirthYear() {
        return earliestBirthYear;
    }

    /**
     * Returns how many years after its last GB/T 2260 edition an ID address code may still appear in the
     * numbers of people born then before ID.REGION_RETIRED_BEFORE_BIRTH is raised.
     *
     * @return years, 0 or more
     */
    public int addressCodeGraceYears() {
        return addressCodeGraceYears;
    }

    /**
     * Returns the prefix every region code must start with (REGION.OUTSIDE_PROFILE); empty for no
     * restriction. Qinghai: {@code 63}.
     *
     * @return the prefix, possibly empty
     */
    public String regionPrefix() {
        return regionPrefix;
    }

    /**
     * Returns whether 15-digit first-generation ID numbers are converted (ID.CONVERTED, a warning) instead of
     * rejected (ID.FORMAT). Default false: strict (architecture principle 8).
     *
     * @return true to accept and convert them
     */
    public boolean acceptFifteenDigitIds() {
        return acceptFifteenDigitIds;
    }

    /**
     * Returns the certificate grades the care allowance covers (国发〔2015〕52号: grades 1-2).
     *
     * @return an unmodifiable set
     */
    public Set<DisabilityGrade> careAllowanceGrades() {
        return careAllowanceGrades;
    }

    /**
     * Returns whether grade-3 intellectual or mental disability is also covered by the care allowance
     * (localities may extend it; default false).
     *
     * @return true if covered
     */
    public boolean careAllowanceGrade3IntellectualMental() {
        return careAllowanceGrade3IntellectualMental;
    }

    /**
     * Returns the household statuses that qualify for the living allowance (国发〔2015〕52号: 低保).
     *
     * @return an unmodifiable set
     */
    public Set<HouseholdStatus> livingAllowanceHouseholds() {
        return livingAllowanceHouseholds;
    }

    /**
     * Returns the oldest age for children's rehabilitation aid (national 6, Qinghai 17).
     *
     * @return the age in completed years
     */
    public int childAidMaxAge() {
        return childAidMaxAge;
    }

    /**
     * Returns the age from which children's rehabilitation aid needs a certificate (Qinghai: 7).
     *
     * @return the age in completed years
     */
    public int childAidCertificateFromAge() {
        return childAidCertificateFromAge;
    }

    /**
     * Returns the plausible age range of each education stage (EDUCATION.AGE_STAGE).
     *
     * @return an unmodifiable map; a stage without a range is not checked
     */
    public Map<EducationStage, AgeRange> educationStageAges() {
        return educationStageAges;
    }

    /**
     * Returns the employment quota ratio in percent of staff (《残疾人就业条例》 art. 8: at least 1.5), for
     * indicators.
     *
     * @return the ratio in percent
     */
    public BigDecimal employmentQuotaPercent() {
        return employmentQuotaPercent;
    }

    /**
     * Returns the GB/T 26341 grading parameters the assessment rules grade with (non-integer values, the
     * speech minimum age, the role of WHO-DAS II for adults): the values the standard leaves open.
     *
     * @return the grading parameters
     */
    public GradingParameters grading() {
        return grading;
    }

    /**
     * Returns the parameters of the service-programme rules (children's rehabilitation aid, assistive-device
     * fittings, household retrofits).
     *
     * @return the service parameters
     */
    public ServiceProgrammeParameters services() {
        return services;
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

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProfileParameters)) {
            return false;
        }
        ProfileParameters that = (ProfileParameters) other;
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

    @Override
    public int hashCode() {
        // every field that equals compares; the quota percentage by value, as compareTo does there
        return Objects.hash(regionPrefix, acceptFifteenDigitIds, careAllowanceGrades,
                careAllowanceGrade3IntellectualMental, livingAllowanceHouseholds, childAidMaxAge,
                childAidCertificateFromAge, educationStageAges, employmentQuotaPercent.stripTrailingZeros(), grading,
                acceptedIdKinds, allowStatisticalRegionCodes, earliestBirthYear, addressCodeGraceYears, services);
    }

    @Override
    public String toString() {
        return "ProfileParameters{regionPrefix=" + regionPrefix + ", acceptFifteenDigitIds=" + acceptFifteenDigitIds
                + ", careAllowanceGrades=" + careAllowanceGrades + ", careAllowanceGrade3IntellectualMental="
                + careAllowanceGrade3IntellectualMental + ", livingAllowanceHouseholds=" + livingAllowanceHouseholds
                + ", childAidMaxAge=" + childAidMaxAge + ", childAidCertificateFromAge=" + childAidCertificateFromAge
                + ", educationStageAges=" + educationStageAges + ", employmentQuotaPercent=" + employmentQuotaPercent
                + ", grading=" + grading + ", acceptedIdKinds=" + acceptedIdKinds + ", allowStatisticalRegionCodes="
                + allowStatisticalRegionCodes + ", earliestBirthYear=" + earliestBirthYear + ", addressCodeGraceYears="
                + addressCodeGraceYears + ", services=" + services + "}";
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
            if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("earliest birth year must be 1-9999");
            }
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
            if (years < 0 || years > 100) {
                throw new IllegalArgumentException("grace years must be 0-100");
            }
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
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.length() > 6 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("region prefix must be up to 6 digits");
            }
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
            if (age < 0 || age > 17) {
                throw new IllegalArgumentException("child aid age must be 0-17");
            }
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
            if (age < 0 || age > 18) {
                throw new IllegalArgumentException("certificate age must be 0-18");
            }
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
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("quota must be in (0, 100]");
            }
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
            return new ProfileParameters(this);
        }
    }
}
