package org.disabilitystandards.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.validation.constraints.ValidDisabilityCertificateNumber;

/**
 * Checks {@link ValidDisabilityCertificateNumber} with {@link DisabilityCertificateNumber#check}. A violation
 * names the reason (format, check character, birth date, category, grade, reissue suffix), never the number.
 * Registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class DisabilityCertificateNumberValidator
        implements ConstraintValidator<ValidDisabilityCertificateNumber, CharSequence> {

    private static final String KEY =
            "org.disabilitystandards.validation.constraints.ValidDisabilityCertificateNumber.";
    private static final int WITHOUT_SUFFIX = 20;

    private LocalDate fixedAsOf;
    private boolean allowReissueSuffix;

    /** Creates the validator (Bean Validation instantiates it). */
    public DisabilityCertificateNumberValidator() {
        // state is set by initialize
    }

    @Override
    public void initialize(ValidDisabilityCertificateNumber annotation) {
        fixedAsOf = AsOfDates.fixed(annotation.asOfSource(), annotation.asOf(), "ValidDisabilityCertificateNumber");
        allowReissueSuffix = annotation.allowReissueSuffix();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<InvalidIdentifierException.Reason> problem =
                DisabilityCertificateNumber.check(value, AsOfDates.resolve(fixedAsOf, context));
        if (problem.isEmpty() && !allowReissueSuffix && value.length() > WITHOUT_SUFFIX) {
            problem = Optional.of(InvalidIdentifierException.Reason.REISSUE);
        }
        return Violations.reason(context, KEY, problem);
    }
}
