package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constraint an integrator writes for a GB 11643-1999 resident ID number: 17 digits and a check
 * character whose ISO 7064 MOD 11-2 value is right. Part of the baseline, not of the SDK.
 */
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentIdValidator.class)
@interface ResidentId {

    /**
     * Returns the message template.
     *
     * @return the message
     */
    String message() default "invalid resident ID number";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
