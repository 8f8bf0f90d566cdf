package org.disabilitystandards.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.id.InvalidIdentifierException;

/**
 * Checks {@link ResidentIdNumber} with {@link org.disabilitystandards.core.id.ResidentIdNumber#check}: no
 * exception, no regular expression. A violation names the reason (format, check character, birth date) in
 * its message, never the number.
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {

    static final String KEY = "org.disabilitystandards.validation.constraints.ResidentIdNumber.";

    private LocalDate fixedAsOf;

    /** Creates the validator (Bean Validation instantiates it). */
    public ResidentIdNumberValidator() {
        // state is set by initialize
    }

    @Override
    public void initialize(ResidentIdNumber annotation) {
        fixedAsOf = AsOfDates.fixed(annotation.asOfSource(), annotation.asOf(), "ResidentIdNumber");
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<InvalidIdentifierException.Reason> problem = org.disabilitystandards.core.id.ResidentIdNumber
                .check(value, AsOfDates.resolve(fixedAsOf, context));
        if (problem.isEmpty()) {
            return true;
        }
        Violations.replace(context, "{" + KEY + problem.get().name() + "}");
        return false;
    }
}
