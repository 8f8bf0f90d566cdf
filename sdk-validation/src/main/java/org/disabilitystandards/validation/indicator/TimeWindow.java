package org.disabilitystandards.validation.indicator;

import java.time.LocalDate;

/**
 * The period in which a service counts for an indicator, always ending on the as-of date (services dated
 * after it are not counted).
 */
public enum TimeWindow {
    /** The plan period of the profile (2021-01-01 to 2025-12-31 for the 14th five-year plan). */
    PLAN_PERIOD,
    /** The calendar year of the as-of date, up to the as-of date. */
    YEAR;

    /**
     * Returns the first day of the window.
     *
     * @param profile the profile (plan period)
     * @param asOf    the as-of date
     * @return the first day counted
     */
    LocalDate start(IndicatorProfile profile, LocalDate asOf) {
        return this == YEAR ? asOf.withDayOfYear(1) : profile.planStart();
    }

    /**
     * Returns the last day of the window: the as-of date, or the end of the plan period if earlier.
     *
     * @param profile the profile (plan period)
     * @param asOf    the as-of date
     * @return the last day counted
     */
    LocalDate end(IndicatorProfile profile, LocalDate asOf) {
        return this == PLAN_PERIOD && profile.planEnd().isBefore(asOf) ? profile.planEnd() : asOf;
    }
}
