package org.disabilitystandards.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces the default violation of a constraint with a more specific message template. */
final class Violations {

    private Violations() {
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
