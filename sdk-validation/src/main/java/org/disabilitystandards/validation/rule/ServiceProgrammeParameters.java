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
 *
 * @param childAidResidencePrefix the region prefix of the child-aid application's place, up to 6 ASCII digits;
 *     empty for none
 * @param childAidCapsFen the cap in fen of each child-aid item per service, each positive; copied into an
 *     unmodifiable map
 * @param childAidTrainingMonthsPerYear the most training months per year, 1-12
 * @param retrofitGrades the grades eligible for a retrofit; copied into an unmodifiable set
 * @param retrofitHouseholds the household statuses that count as hardship for a retrofit; copied into an
 *     unmodifiable set
 * @param retrofitCapFenOrZero the retrofit cost cap per household in fen, 0 for none (read it as {@link
 *     #retrofitCapFen()})
 * @param retrofitItemCategories the categories each retrofit item suits; copied into an unmodifiable map of
 *     unmodifiable sets
 * @param planPeriodFirstYear the first year of a plan period
 * @param planPeriodYears the length of a plan period, 1-10
 */
public record ServiceProgrammeParameters(
        String childAidResidencePrefix,
        Map<ChildAidItem, Long> childAidCapsFen,
        int childAidTrainingMonthsPerYear,
        Set<DisabilityGrade> retrofitGrades,
        Set<HouseholdStatus> retrofitHouseholds,
        long retrofitCapFenOrZero,
        Map<RetrofitItem, Set<DisabilityCategory>> retrofitItemCategories,
        int planPeriodFirstYear,
        int planPeriodYears) {

    /**
     * Checks the components and copies the collections.
     *
     * @param childAidResidencePrefix the childAidResidencePrefix component
     * @param childAidCapsFen the childAidCapsFen component
     * @param childAidTrainingMonthsPerYear the childAidTrainingMonthsPerYear component
     * @param retrofitGrades the retrofitGrades component
     * @param retrofitHouseholds the retrofitHouseholds component
     * @param retrofitCapFenOrZero the retrofitCapFenOrZero component
     * @param retrofitItemCategories the retrofitItemCategories component
     * @param planPeriodFirstYear the planPeriodFirstYear component
     * @param planPeriodYears the planPeriodYears component
     * @throws NullPointerException     if a reference component is null
     * @throws IllegalArgumentException if a value is outside its documented range
     */
    public ServiceProgrammeParameters {
        checkPrefix(childAidResidencePrefix);
        Map<ChildAidItem, Long> caps = new EnumMap<>(ChildAidItem.class);
        Objects.requireNonNull(childAidCapsFen, "childAidCapsFen").forEach((item, fen) -> {
            checkChildAidCap(fen);
            caps.put(Objects.requireNonNull(item, "item"), fen);
        });
        childAidCapsFen = Collections.unmodifiableMap(caps);
        checkTrainingMonths(childAidTrainingMonthsPerYear);
        retrofitGrades = Collections.unmodifiableSet(enumSet(DisabilityGrade.class, retrofitGrades));
        retrofitHouseholds = Collections.unmodifiableSet(enumSet(HouseholdStatus.class, retrofitHouseholds));
        checkRetrofitCap(retrofitCapFenOrZero);
        Map<RetrofitItem, Set<DisabilityCategory>> items = new EnumMap<>(RetrofitItem.class);
        Objects.requireNonNull(retrofitItemCategories, "retrofitItemCategories").forEach((item, categories) ->
                items.put(Objects.requireNonNull(item, "item"),
                        Collections.unmodifiableSet(enumSet(DisabilityCategory.class, categories))));
        retrofitItemCategories = Collections.unmodifiableMap(items);
        checkPlanPeriodYears(planPeriodYears);
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Set<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(Objects.requireNonNull(values, type.getSimpleName()));
        return copy;
    }

    private static void checkPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() > 6 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("region prefix must be up to 6 digits");
        }
    }

    private static void checkChildAidCap(Long fen) {
        if (Objects.requireNonNull(fen, "fen") <= 0) {
            throw new IllegalArgumentException("cap must be positive");
        }
    }

    private static void checkTrainingMonths(int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("training months must be 1-12");
        }
    }

    private static void checkRetrofitCap(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("cap must not be negative");
        }
    }

    private static void checkPlanPeriodYears(int years) {
        if (years < 1 || years > 10) {
            throw new IllegalArgumentException("plan period must be 1-10 years");
        }
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
        b.retrofitCapFen = retrofitCapFenOrZero;
        retrofitItemCategories.forEach(b::retrofitItem);
        b.planPeriodFirstYear = planPeriodFirstYear;
        b.planPeriodYears = planPeriodYears;
        return b;
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
     * Returns the retrofit cost cap per household (RETROFIT.COST_OVER_CAP).
     *
     * @return the cap in fen, or empty when the profile sets none
     */
    public OptionalLong retrofitCapFen() {
        return retrofitCapFenOrZero > 0 ? OptionalLong.of(retrofitCapFenOrZero) : OptionalLong.empty();
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
     * Returns the plan period of a year: 0 for the period starting at {@link #planPeriodFirstYear()}, negative
     * before it.
     *
     * @param year the year
     * @return the period number
     */
    public int planPeriodOf(int year) {
        return Math.floorDiv(year - planPeriodFirstYear, planPeriodYears);
    }

    /**
     * Returns a short text: the retrofit items without their categories.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ServiceProgrammeParameters{childAidResidencePrefix=" + childAidResidencePrefix + ", childAidCapsFen="
                + childAidCapsFen + ", childAidTrainingMonthsPerYear=" + childAidTrainingMonthsPerYear
                + ", retrofitGrades=" + retrofitGrades + ", retrofitHouseholds=" + retrofitHouseholds
                + ", retrofitCapFen=" + retrofitCapFenOrZero + ", retrofitItems=" + retrofitItemCategories.keySet()
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
            checkPrefix(prefix);
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
            checkChildAidCap(fen);
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
            checkTrainingMonths(months);
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
            checkRetrofitCap(fen);
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
            checkPlanPeriodYears(years);
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
            return new ServiceProgrammeParameters(childAidResidencePrefix, childAidCapsFen, childAidTrainingMonthsPerYear,
                    retrofitGrades, retrofitHouseholds, retrofitCapFen, retrofitItemCategories, planPeriodFirstYear,
                    planPeriodYears);
        }
    }
}
