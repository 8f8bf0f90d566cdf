package org.disabilitystandards.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.validation.constraints.ValidResidentIdNumber;

/**
 * Checks {@link ValidResidentIdNumber} with {@link ResidentIdNumber#check} (GB 11643-1999): no exception, no
 * regular expression. A violation names the reason (format, check character, birth date) in its message,
 * never the number. Registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ValidResidentIdNumber, CharSequence> {

    static final String KEY = "org.disabilitystandards.validation.constraints.ValidResidentIdNumber.";

    private LocalDate fixedAsOf;

    /** Creates the validator (Bean Validation instantiates it). */
    public ResidentIdNumberValidator() {
        // state is set by initialize
    }

    @Override
    public void initialize(ValidResidentIdNumber annotation) {
        fixedAsOf = AsOfDates.fixed(annotation.asOfSource(), annotation.asOf(), "ValidResidentIdNumber");
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<InvalidIdentifierException.Reason> problem = ResidentIdNumber.check(value,
                AsOfDates.resolve(fixedAsOf, context));
        return Violations.reason(context, KEY, problem);
    }
}
