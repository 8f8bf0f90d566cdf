package org.disabilitystandards.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.disabilitystandards.validation.constraints.AsOfSource;

/** Resolves the as-of date of an identifier constraint. */
final class AsOfDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AsOfDates() {
    }

    /**
     * Returns the fixed date for {@link AsOfSource#FIXED}, or null for the clock.
     *
     * @throws IllegalArgumentException if FIXED is chosen without a valid ISO date (a misconfigured annotation)
     */
    static LocalDate fixed(AsOfSource source, String asOf, String annotation) {
        if (source != AsOfSource.FIXED) {
            return null;
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("@" + annotation + "(asOfSource = FIXED) needs asOf as yyyy-MM-dd", e);
        }
    }

    static LocalDate resolve(LocalDate fixed, ConstraintValidatorContext context) {
        if (fixed != null) {
            return fixed;
        }
        return context.getClockProvider().getClock().instant().atZone(CHINA).toLocalDate();
    }
}
