package org.disabilitystandards.core.grading;

import java.util.Objects;

/**
 * The points of GB/T 26341-2010 that could not be settled from the official text (standards reference
 * section 9), as named parameters with documented defaults. An immutable value; build with {@link #builder()}.
 *
 * <ul>
 * <li>{@link #nonIntegerValues()}: how hearing losses and intelligibility percentages between the integer
 * bands are graded (question 4). Default {@link NonIntegerValues#OPEN_INTERVALS}: the GB/T wording
 * "&gt; 90 dB" puts 90.25 dB in grade 1.</li>
 * <li>{@link #speechMinimumAge()}: the age in completed years from which speech disability is graded
 * (question 5; the 2006 survey text says "not graded under 3"). Default 3.</li>
 * <li>{@link #hearingRestrictedBelowAge()}: below this age in completed years only hearing grades 1-3 are
 * given. The standard's "3岁以内" reads either as "under 3" (ages 0-2, the default 3) or as "up to and
 * including the third year" (ages 0-3: set 4).</li>
 * <li>{@link #intellectualAdultWhodas()}: the role of the WHO-DAS II score in intellectual disability at 18 and
 * over (question 3). Default {@link WhodasRole#DESCRIPTOR}: IQ and adaptive behaviour decide.</li>
 * <li>{@link #mentalAdultWhodas()}: the role of the WHO-DAS II score in mental disability at 18 and over when
 * it disagrees with adaptive behaviour (not stated by the standard). Default {@link WhodasRole#DECIDES}.</li>
 * </ul>
 *
 * @param nonIntegerValues          how measurements between integer bands are graded, default
 *                                  {@link NonIntegerValues#OPEN_INTERVALS}
 * @param speechMinimumAge          the age in completed years from which speech disability is graded, default 3
 * @param hearingRestrictedBelowAge the age in completed years below which only hearing grades 1-3 are given
 *                                  (GB/T 26341-2010 5.3, "3岁以内"): 3 for "under 3", 4 for "including the
 *                                  third year"
 * @param intellectualAdultWhodas   the role of the WHO-DAS II score in intellectual disability at 18 and over,
 *                                  default {@link WhodasRole#DESCRIPTOR}
 * @param mentalAdultWhodas         the role of the WHO-DAS II score in mental disability at 18 and over,
 *                                  default {@link WhodasRole#DECIDES}
 */
public record GradingParameters(NonIntegerValues nonIntegerValues, int speechMinimumAge,
        int hearingRestrictedBelowAge, WhodasRole intellectualAdultWhodas, WhodasRole mentalAdultWhodas) {

    /** How measurements between integer bands are graded. */
    public enum NonIntegerValues {
        /** Bands are open intervals on the real line: (80, 90] is grade 2, (90, 130] grade 1. */
        OPEN_INTERVALS,
        /**
         * Hearing losses and intelligibility percentages are first rounded half up to an integer (the 2006
         * survey reading, "&gt;= 91 dB"): 90.4 dB is then grade 2 and 90.5 dB grade 1.
         */
        ROUND_HALF_UP
    }

    /** Default of {@link #speechMinimumAge()}. */
    public static final int DEFAULT_SPEECH_MINIMUM_AGE = 3;

    /** Default of {@link #hearingRestrictedBelowAge()}: "3岁以内" read as under 3 completed years. */
    public static final int DEFAULT_HEARING_RESTRICTED_BELOW_AGE = 3;

    private static final GradingParameters DEFAULTS = builder().build();

    /**
     * Checks the parameters.
     *
     * @param nonIntegerValues          the nonIntegerValues component
     * @param speechMinimumAge          the speechMinimumAge component
     * @param hearingRestrictedBelowAge the hearingRestrictedBelowAge component
     * @param intellectualAdultWhodas   the intellectualAdultWhodas component
     * @param mentalAdultWhodas         the mentalAdultWhodas component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException for a negative age
     */
    public GradingParameters {
        Objects.requireNonNull(nonIntegerValues, "nonIntegerValues");
        Objects.requireNonNull(intellectualAdultWhodas, "intellectualAdultWhodas");
        Objects.requireNonNull(mentalAdultWhodas, "mentalAdultWhodas");
        if (speechMinimumAge < 0) {
            throw new IllegalArgumentException("speechMinimumAge must not be negative: " + speechMinimumAge);
        }
        if (hearingRestrictedBelowAge < 0) {
            throw new IllegalArgumentException("hearingRestrictedBelowAge must not be negative: "
                    + hearingRestrictedBelowAge);
        }
    }

    /**
     * Compares every component, as a record does. Written out because a record's generated {@code equals} is
     * linked on its first call through a bootstrap method, a measurable part of the command line's start-up,
     * which compares a profile's parameters with the defaults ({@link Gb26341Grading#withParameters}).
     *
     * @param other the other object
     * @return whether it is grading parameters with equal components
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof GradingParameters that && nonIntegerValues == that.nonIntegerValues
                && speechMinimumAge == that.speechMinimumAge
                && hearingRestrictedBelowAge == that.hearingRestrictedBelowAge
                && intellectualAdultWhodas == that.intellectualAdultWhodas
                && mentalAdultWhodas == that.mentalAdultWhodas;
    }

    /**
     * Hashes the components in order, as a record does ({@code 31 * h + hash(component)}, from 0).
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = nonIntegerValues.hashCode();
        hash = 31 * hash + Integer.hashCode(speechMinimumAge);
        hash = 31 * hash + Integer.hashCode(hearingRestrictedBelowAge);
        hash = 31 * hash + intellectualAdultWhodas.hashCode();
        return 31 * hash + mentalAdultWhodas.hashCode();
    }

    /**
     * Returns the default parameters.
     *
     * @return the defaults
     */
    public static GradingParameters defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder preset with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link GradingParameters}, preset with the defaults. Not thread-safe. */
    public static final class Builder {
        private NonIntegerValues nonIntegerValues = NonIntegerValues.OPEN_INTERVALS;
        private int speechMinimumAge = DEFAULT_SPEECH_MINIMUM_AGE;
        private int hearingRestrictedBelowAge = DEFAULT_HEARING_RESTRICTED_BELOW_AGE;
        private WhodasRole intellectualAdultWhodas = WhodasRole.DESCRIPTOR;
        private WhodasRole mentalAdultWhodas = WhodasRole.DECIDES;

        private Builder() {
        }

        /**
         * Sets how measurements between integer bands are graded.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder nonIntegerValues(NonIntegerValues value) {
            this.nonIntegerValues = Objects.requireNonNull(value, "nonIntegerValues");
            return this;
        }

        /**
         * Sets the age in completed years from which speech disability is graded.
         *
         * @param age 0 or more
         * @return this builder
         * @throws IllegalArgumentException for a negative age
         */
        public Builder speechMinimumAge(int age) {
            if (age < 0) {
                throw new IllegalArgumentException("speechMinimumAge must not be negative: " + age);
            }
            this.speechMinimumAge = age;
            return this;
        }

        /**
         * Sets the age in completed years below which only hearing grades 1-3 are given.
         *
         * @param age 0 or more (3: under 3 years; 4: including the third year)
         * @return this builder
         * @throws IllegalArgumentException for a negative age
         */
        public Builder hearingRestrictedBelowAge(int age) {
            if (age < 0) {
                throw new IllegalArgumentException("hearingRestrictedBelowAge must not be negative: " + age);
            }
            this.hearingRestrictedBelowAge = age;
            return this;
        }

        /**
         * Sets the role of the WHO-DAS II score in intellectual disability at 18 and over.
         *
         * @param role the role
         * @return this builder
         */
        public Builder intellectualAdultWhodas(WhodasRole role) {
            this.intellectualAdultWhodas = Objects.requireNonNull(role, "intellectualAdultWhodas");
            return this;
        }

        /**
         * Sets the role of the WHO-DAS II score in mental disability at 18 and over.
         *
         * @param role the role
         * @return this builder
         */
        public Builder mentalAdultWhodas(WhodasRole role) {
            this.mentalAdultWhodas = Objects.requireNonNull(role, "mentalAdultWhodas");
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the immutable parameters
         */
        public GradingParameters build() {
            return new GradingParameters(nonIntegerValues, speechMinimumAge, hearingRestrictedBelowAge,
                    intellectualAdultWhodas, mentalAdultWhodas);
        }
    }
}
