package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.disabilitystandards.core.code.BenefitType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An allowance or benefit a person receives, over a period of months.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBenefit.class)
@JsonDeserialize(as = ImmutableBenefit.class)
public abstract class Benefit {

    /**
     * For the generated implementation {@code ImmutableBenefit} only; create instances with
     * {@link #builder()}.
     */
    public Benefit() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableBenefit.Builder builder() {
        return ImmutableBenefit.builder();
    }

    /**
     * Returns the benefit type.
     *
     * @return the type
     */
    public abstract BenefitType type();

    /**
     * Returns the first month of the benefit.
     *
     * @return the first month
     */
    public abstract YearMonth from();

    /**
     * Returns the last month of the benefit.
     *
     * @return the last month; empty while the benefit runs
     */
    public abstract Optional<YearMonth> to();

    /**
     * Returns the monthly amount in fen (0.01 CNY).
     *
     * @return the amount, if recorded
     */
    public abstract OptionalLong amountFen();

    /**
     * Returns whether the benefit period covers a date (its month lies between {@code from} and {@code to}).
     *
     * @param date the date
     * @return true if active on the date
     */
    public boolean isActiveOn(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return !month.isBefore(from()) && to().map(end -> !month.isAfter(end)).orElse(true);
    }
}
