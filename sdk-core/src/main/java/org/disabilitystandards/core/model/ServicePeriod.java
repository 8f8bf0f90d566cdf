package org.disabilitystandards.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The months a service covers, both ends included (exchange format 1.1), for example a child's rehabilitation
 * training from {@code 2025-03} to {@code 2025-12}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServicePeriod.class)
@JsonDeserialize(as = ImmutableServicePeriod.class)
public abstract class ServicePeriod {

    /**
     * For the generated implementation {@code ImmutableServicePeriod} only; create instances with
     * {@link #builder()}.
     */
    public ServicePeriod() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableServicePeriod.Builder builder() {
        return ImmutableServicePeriod.builder();
    }

    /**
     * Returns the first month.
     *
     * @return the first month
     */
    public abstract YearMonth from();

    /**
     * Returns the last month.
     *
     * @return the last month
     */
    public abstract YearMonth to();

    /**
     * Returns how many months of the period fall in a calendar year.
     *
     * @param year the year
     * @return 0-12; 0 when {@code to} is before {@code from}
     */
    public int monthsIn(int year) {
        YearMonth first = from().getYear() < year ? YearMonth.of(year, 1) : from();
        YearMonth last = to().getYear() > year ? YearMonth.of(year, 12) : to();
        if (first.getYear() != year || last.getYear() != year || last.isBefore(first)) {
            return 0;
        }
        return last.getMonthValue() - first.getMonthValue() + 1;
    }

    /**
     * Returns whether two periods share a month.
     *
     * @param other the other period
     * @return true if they overlap
     */
    public boolean overlaps(ServicePeriod other) {
        return !to().isBefore(other.from()) && !other.to().isBefore(from());
    }
}
