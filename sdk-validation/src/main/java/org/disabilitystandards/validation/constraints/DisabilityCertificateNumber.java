package org.disabilitystandards.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
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
 *
 * <p>Kept for one release: this constraint is composed of {@link ValidDisabilityCertificateNumber}, which does the
 * checking and reports the violation with its own messages.
 *
 * @deprecated since 0.2.0, for removal: the simple name clashes with the value type
 *     {@link org.disabilitystandards.core.id.DisabilityCertificateNumber}; use
 *     {@link ValidDisabilityCertificateNumber}, which takes the same attributes.
 */
@Deprecated(forRemoval = true, since = "0.2.0")
@Documented
@ValidDisabilityCertificateNumber
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DisabilityCertificateNumber.List.class)
public @interface DisabilityCertificateNumber {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{org.disabilitystandards.validation.constraints.DisabilityCertificateNumber.message}";

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
    @OverridesAttribute(constraint = ValidDisabilityCertificateNumber.class, name = "allowReissueSuffix")
    boolean allowReissueSuffix() default true;

    /**
     * Returns where the as-of date comes from.
     *
     * @return the source, by default the validation context's clock
     */
    @OverridesAttribute(constraint = ValidDisabilityCertificateNumber.class, name = "asOfSource")
    AsOfSource asOfSource() default AsOfSource.CLOCK_PROVIDER;

    /**
     * Returns the fixed as-of date ({@code yyyy-MM-dd}) used with {@link AsOfSource#FIXED}.
     *
     * @return the date, empty by default
     */
    @OverridesAttribute(constraint = ValidDisabilityCertificateNumber.class, name = "asOf")
    String asOf() default "";

    /**
     * Several {@link DisabilityCertificateNumber} constraints on one element.
     *
     * @deprecated since 0.2.0, for removal: use {@link ValidDisabilityCertificateNumber.List}
     */
    @Deprecated(forRemoval = true, since = "0.2.0")
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        DisabilityCertificateNumber[] value();
    }
}
