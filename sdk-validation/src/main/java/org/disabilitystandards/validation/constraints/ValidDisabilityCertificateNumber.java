package org.disabilitystandards.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} is a valid second-generation disability certificate number
 * (第二代残疾人证号): the holder's 18-character resident ID number (GB 11643-1999, birth date not after the
 * as-of date), the category digit 1-7 and the grade digit 1-4 of GB/T 26341-2010, and, if allowed, a
 * reissue suffix {@code B1}..{@code B9}. Parsing is strict. {@code null} is valid. Messages come from
 * {@code ValidationMessages.properties} (en, zh_CN) and never contain the number.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDisabilityCertificateNumber.List.class)
public @interface ValidDisabilityCertificateNumber {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message()
            default "{org.disabilitystandards.validation.constraints.ValidDisabilityCertificateNumber.message}";

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

    /**
     * Returns whether a reissue suffix {@code B1}..{@code B9} is accepted.
     *
     * @return true by default
     */
    boolean allowReissueSuffix() default true;

    /**
     * Returns where the as-of date comes from.
     *
     * @return the source, by default the validation context's clock
     */
    AsOfSource asOfSource() default AsOfSource.CLOCK_PROVIDER;

    /**
     * Returns the fixed as-of date ({@code yyyy-MM-dd}) used with {@link AsOfSource#FIXED}.
     *
     * @return the date, empty by default
     */
    String asOf() default "";

    /** Several {@link ValidDisabilityCertificateNumber} constraints on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        ValidDisabilityCertificateNumber[] value();
    }
}
