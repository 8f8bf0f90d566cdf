package org.disabilitystandards.validation.rule;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.RetrofitItem;

/**
 * The profile parameters of the service-programme rules (CHILD_AID.*, DEVICE.*, RETROFIT.*). Every value that
 * public sources give only for some localities or only on secondary pages is a parameter here, with its
 * confidence in {@code profiles.json}, never a hard-wired truth: the province of the child-aid application,
 * the child-aid caps per item (Qinghai implementing opinion 2018-12 for ages 0-6), the training months per
 * year (10, a common local value), the retrofit grades and household statuses, the retrofit cap (local rules:
 * 3 500 or 6 000 元) and the retrofit items that suit each category (local item lists), and the plan period.
 * Immutable.
 */
public final class ServiceProgrammeParameters {

    private final String childAidResidencePrefix;
    private final Map<ChildAidItem, Long> childAidCapsFen;
    private final int childAidTrainingMonthsPerYear;
    private final Set<DisabilityGrade> retrofitGrades;
    private final Set<HouseholdStatus> retrofitHouseholds;
    private final long retrofitCapFen;
    private final Map<RetrofitItem, Set<DisabilityCategory>> retrofitItemCategories;
    private final int planPeriodFirstYear;
    private final int planPeriodYears;

    private ServiceProgrammeParameters(Builder b) {
        this.childAidResidencePrefix = b.childAidResidencePrefix;
        this.childAidCapsFen = Collections.unmodifiableMap(new EnumMap<>(b.childAidCapsFen));
        this.childAidTrainingMonthsPerYear = b.childAidTrainingMonthsPerYear;
        this.retrofitGrades = Collections.unmodifiableSet(EnumSet.copyOf(b.retrofitGrades));
        this.retrofitHouseholds = Collections.unmodifiableSet(EnumSet.copyOf(b.retrofitHouseholds));
        this.retrofitCapFen = b.retrofitCapFen;
        Map<RetrofitItem, Set<DisabilityCategory>> items = new EnumMap<>(RetrofitItem.class);
        b.retrofitItemCategories.forEach((item, categories) -> items.put(item,
                Collections.unmodifiableSet(EnumSet.copyOf(categories))));
        this.retrofitItemCategories = Collections.unmodifiableMap(items);
        this.planPeriodFirstYear = b.planPeriodFirstYear;
        this.planPeriodYears = b.planPeriodYears;
    }

    /**
     * Returns a builder with no caps, no retrofit items and the 14th plan's period (2021, 5 years).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.childAidResidencePrefix = childAidResidencePrefix;
        b.childAidCapsFen.putAll(childAidCapsFen);
        b.childAidTrainingMonthsPerYear = childAidTrainingMonthsPerYear;
        b.retrofitGrades(retrofitGrades);
        b.retrofitHouseholds(retrofitHouseholds);
        b.retrofitCapFen = retrofitCapFen;
        retrofitItemCategories.forEach(b::retrofitItem);
        b.planPeriodFirstYear = planPeriodFirstYear;
        b.planPeriodYears = planPeriodYears;
        return b;
    }

    /**
     * Returns the region prefix the child's household registration or residence permit must start with
     * (CHILD_AID.RESIDENCE); empty: no restriction.
     *
     * @return the prefix
     */
    public String childAidResidencePrefix() {
        return childAidResidencePrefix;
    }

    /**
     * Returns the cap of a child-aid item per service (CHILD_AID.AMOUNT_OVER_CAP).
     *
     * @param item the item
     * @return the cap in fen, or empty when the profile sets none
     */
    public OptionalLong childAidCapFen(ChildAidItem item) {
        Long cap = childAidCapsFen.get(item);
        return cap == null ? OptionalLong.empty() : OptionalLong.of(cap);
    }

    /**
     * Returns the child-aid caps per item.
     *
     * @return the caps in fen
     */
    public Map<ChildAidItem, Long> childAidCapsFen() {
        return childAidCapsFen;
    }

    /**
     * Returns the most months of rehabilitation training per calendar year (CHILD_AID.TRAINING_MONTHS).
     *
     * @return the months, 1-12
     */
    public int childAidTrainingMonthsPerYear() {
        return childAidTrainingMonthsPerYear;
    }

    /**
     * Returns the certificate grades that make a household eligible for a retrofit (RETROFIT.INELIGIBLE).
     *
     * @return the grades
     */
    public Set<DisabilityGrade> retrofitGrades() {
        return retrofitGrades;
    }

    /**
     * Returns the household statuses that count as hardship for a retrofit (RETROFIT.INELIGIBLE).
     *
     * @return the statuses
     */
    public Set<HouseholdStatus> retrofitHouseholds() {
        return retrofitHouseholds;
    }

    /**
     * Returns the retrofit cost cap per household (RETROFIT.COST_OVER_CAP).
     *
     * @return the cap in fen, or empty when the profile sets none
     */
    public OptionalLong retrofitCapFen() {
        return retrofitCapFen > 0 ? OptionalLong.of(retrofitCapFen) : OptionalLong.empty();
    }

    /**
     * Returns the categories each retrofit item suits (RETROFIT.ITEM_CATEGORY); an item not listed suits none.
     *
     * @return the table
     */
    public Map<RetrofitItem, Set<DisabilityCategory>> retrofitItemCategories() {
        return retrofitItemCategories;
    }

    /**
     * Returns whether a retrofit item suits a category. A MULTIPLE certificate accepts every listed item, since
     * its component categories are not on the certificate.
     *
     * @param item     the item
     * @param category the certificate category
     * @return true if the item suits the category
     */
    public boolean retrofitItemSuits(RetrofitItem item, DisabilityCategory category) {
        Set<DisabilityCategory> categories = retrofitItemCategories.get(item);
        return categories != null && (category == DisabilityCategory.MULTIPLE || categories.contains(category));
    }

    /**
     * Returns the first year of the first plan period (RETROFIT.ONE_PER_PERIOD).
     *
     * @return the year, for example 2021 for the 14th five-year plan
     */
    public int planPeriodFirstYear() {
        return planPeriodFirstYear;
    }

    /**
     * Returns the length of a plan period in years.
     *
     * @return the years
     */
    public int planPeriodYears() {
        return planPeriodYears;
    }

    /**
     * Returns the plan period of a year: 0 for the period starting at {@link #planPeriodFirstYear()}, negative
     * before it.
     *
     * @param year the year
     * @return the period number
     */
    public int planPeriodOf(int year) {
        return Math.floorDiv(year - planPeriodFirstYear, planPeriodYears);
    }

    /** Reads the parameters from a profile's merged parameters of {@code profiles.json}. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ServiceProgrammeParameters)) {
            return false;
        }
        ServiceProgrammeParameters that = (ServiceProgrammeParameters) other;
        return childAidResidencePrefix.equals(that.childAidResidencePrefix)
                && childAidCapsFen.equals(that.childAidCapsFen)
                && childAidTrainingMonthsPerYear == that.childAidTrainingMonthsPerYear
                && retrofitGrades.equals(that.retrofitGrades) && retrofitHouseholds.equals(that.retrofitHouseholds)
                && retrofitCapFen == that.retrofitCapFen && retrofitItemCategories.equals(that.retrofitItemCategories)
                && planPeriodFirstYear == that.planPeriodFirstYear && planPeriodYears == that.planPeriodYears;
    }

    @Override
    public int hashCode() {
        return Objects.hash(childAidResidencePrefix, childAidCapsFen, childAidTrainingMonthsPerYear, retrofitGrades,
                retrofitHouseholds, retrofitCapFen, retrofitItemCategories, planPeriodFirstYear, planPeriodYears);
    }

    @Override
    public String toString() {
        return "ServiceProgrammeParameters{childAidResidencePrefix=" + childAidResidencePrefix + ", childAidCapsFen="
                + childAidCapsFen + ", childAidTrainingMonthsPerYear=" + childAidTrainingMonthsPerYear
                + ", retrofitGrades=" + retrofitGrades + ", retrofitHouseholds=" + retrofitHouseholds
                + ", retrofitCapFen=" + retrofitCapFen + ", retrofitItems=" + retrofitItemCategories.keySet()
                + ", planPeriod=" + planPeriodFirstYear + "+" + planPeriodYears + "}";
    }

    /** Builds {@link ServiceProgrammeParameters}. */
    public static final class Builder {

        private String childAidResidencePrefix = "";
        private final Map<ChildAidItem, Long> childAidCapsFen = new EnumMap<>(ChildAidItem.class);
        private int childAidTrainingMonthsPerYear = 12;
        private EnumSet<DisabilityGrade> retrofitGrades = EnumSet.noneOf(DisabilityGrade.class);
        private EnumSet<HouseholdStatus> retrofitHouseholds = EnumSet.noneOf(HouseholdStatus.class);
        private long retrofitCapFen;
        private final Map<RetrofitItem, Set<DisabilityCategory>> retrofitItemCategories =
                new EnumMap<>(RetrofitItem.class);
        private int planPeriodFirstYear = 2021;
        private int planPeriodYears = 5;

        private Builder() {
        }

        /**
         * Sets the region prefix of the child-aid application's place.
         *
         * @param prefix up to 6 digits; empty for none
         * @return this builder
         * @throws IllegalArgumentException if not up to 6 digits
         */
        public Builder childAidResidencePrefix(String prefix) {
            if (prefix.length() > 6 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("region prefix must be up to 6 digits");
            }
            this.childAidResidencePrefix = prefix;
            return this;
        }

        /**
         * Sets the cap of a child-aid item per service.
         *
         * @param item the item
         * @param fen  the cap in fen, positive
         * @return this builder
         * @throws IllegalArgumentException if the cap is not positive
         */
        public Builder childAidCapFen(ChildAidItem item, long fen) {
            if (fen <= 0) {
                throw new IllegalArgumentException("cap must be positive");
            }
            childAidCapsFen.put(Objects.requireNonNull(item, "item"), fen);
            return this;
        }

        /**
         * Sets the most training months per year.
         *
         * @param months 1-12
         * @return this builder
         * @throws IllegalArgumentException if outside 1-12
         */
        public Builder childAidTrainingMonthsPerYear(int months) {
            if (months < 1 || months > 12) {
                throw new IllegalArgumentException("training months must be 1-12");
            }
            this.childAidTrainingMonthsPerYear = months;
            return this;
        }

        /**
         * Sets the grades eligible for a retrofit.
         *
         * @param grades the grades
         * @return this builder
         */
        public Builder retrofitGrades(Set<DisabilityGrade> grades) {
            this.retrofitGrades = EnumSet.noneOf(DisabilityGrade.class);
            this.retrofitGrades.addAll(grades);
            return this;
        }

        /**
         * Sets the household statuses that count as hardship for a retrofit.
         *
         * @param statuses the statuses
         * @return this builder
         */
        public Builder retrofitHouseholds(Set<HouseholdStatus> statuses) {
            this.retrofitHouseholds = EnumSet.noneOf(HouseholdStatus.class);
            this.retrofitHouseholds.addAll(statuses);
            return this;
        }

        /**
         * Sets the retrofit cost cap per household.
         *
         * @param fen the cap in fen; 0 for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder retrofitCapFen(long fen) {
            if (fen < 0) {
                throw new IllegalArgumentException("cap must not be negative");
            }
            this.retrofitCapFen = fen;
            return this;
        }

        /**
         * Sets the categories a retrofit item suits.
         *
         * @param item       the item
         * @param categories the categories
         * @return this builder
         */
        public Builder retrofitItem(RetrofitItem item, Set<DisabilityCategory> categories) {
            EnumSet<DisabilityCategory> copy = EnumSet.noneOf(DisabilityCategory.class);
            copy.addAll(categories);
            retrofitItemCategories.put(Objects.requireNonNull(item, "item"), copy);
            return this;
        }

        /**
         * Sets the plan periods.
         *
         * @param firstYear the first year of a plan period
         * @param years     the length of a period, 1-10
         * @return this builder
         * @throws IllegalArgumentException if the length is outside 1-10
         */
        public Builder planPeriod(int firstYear, int years) {
            if (years < 1 || years > 10) {
                throw new IllegalArgumentException("plan period must be 1-10 years");
            }
            this.planPeriodFirstYear = firstYear;
            this.planPeriodYears = years;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public ServiceProgrammeParameters build() {
            return new ServiceProgrammeParameters(this);
        }
    }
}
