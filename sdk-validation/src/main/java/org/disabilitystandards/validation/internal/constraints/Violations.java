package org.disabilitystandards.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.disabilitystandards.core.id.InvalidIdentifierException;

/** Replaces the default violation of a constraint with a more specific message template. */
final class Violations {

    private Violations() {
    }

    /**
     * Reports the reason an identifier is invalid as the message {@code {prefix + REASON}}.
     *
     * @return true when there is no problem (the value is valid)
     */
    static boolean reason(ConstraintValidatorContext context, String keyPrefix,
            Optional<InvalidIdentifierException.Reason> problem) {
        if (problem.isEmpty()) {
            return true;
        }
        replace(context, "{" + keyPrefix + problem.get().name() + "}");
        return false;
    }

    static void replace(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }

    static void replace(ConstraintValidatorContext context, String template, String property) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
    }
}
