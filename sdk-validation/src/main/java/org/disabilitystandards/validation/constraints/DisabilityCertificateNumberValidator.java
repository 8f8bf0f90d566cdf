package org.disabilitystandards.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.id.InvalidIdentifierException;

/**
 * Checks {@link DisabilityCertificateNumber} with
 * {@link org.disabilitystandards.core.id.DisabilityCertificateNumber#check}. A violation names the reason
 * (format, check character, birth date, category, grade, reissue suffix), never the number.
 */
public final class DisabilityCertificateNumberValidator
        implements ConstraintValidator<DisabilityCertificateNumber, CharSequence> {

    private static final String KEY = "org.disabilitystandards.validation.constraints.DisabilityCertificateNumber.";
    private static final int WITHOUT_SUFFIX = 20;

    private LocalDate fixedAsOf;
    private boolean allowReissueSuffix;

    /** Creates the validator (Bean Validation instantiates it). */
    public DisabilityCertificateNumberValidator() {
        // state is set by initialize
    }

    @Override
    public void initialize(DisabilityCertificateNumber annotation) {
        fixedAsOf = AsOfDates.fixed(annotation.asOfSource(), annotation.asOf(), "DisabilityCertificateNumber");
        allowReissueSuffix = annotation.allowReissueSuffix();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<InvalidIdentifierException.Reason> problem = org.disabilitystandards.core.id
                .DisabilityCertificateNumber.check(value, AsOfDates.resolve(fixedAsOf, context));
        if (problem.isEmpty() && !allowReissueSuffix && value.length() > WITHOUT_SUFFIX) {
            problem = Optional.of(InvalidIdentifierException.Reason.REISSUE);
        }
        if (problem.isEmpty()) {
            return true;
        }
        Violations.replace(context, "{" + KEY + problem.get().name() + "}");
        return false;
    }
}
