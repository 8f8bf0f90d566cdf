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
 * The annotated {@code CharSequence} is a valid resident ID number (公民身份号码) of GB 11643-1999: 18
 * characters, a real birth date not before 1900-01-01 and not after the as-of date, and a correct ISO 7064
 * MOD 11-2 check character. Parsing is strict (no trimming, upper-case {@code X}). {@code null} is valid.
 * Messages come from {@code ValidationMessages.properties} (en, zh_CN) and never contain the number.
 *
 * <p>Kept for one release: this constraint is composed of {@link ValidResidentIdNumber}, which does the
 * checking and reports the violation with its own messages.
 *
 * @deprecated since 0.2.0, for removal: the simple name clashes with the value type
 *     {@link org.disabilitystandards.core.id.ResidentIdNumber}; use {@link ValidResidentIdNumber}, which takes the
 *     same attributes.
 */
@Deprecated(forRemoval = true, since = "0.2.0")
@Documented
@ValidResidentIdNumber
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ResidentIdNumber.List.class)
public @interface ResidentIdNumber {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{org.disabilitystandards.validation.constraints.ResidentIdNumber.message}";

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
     * Returns where the as-of date comes from.
     *
     * @return the source, by default the validation context's clock
     */
    @OverridesAttribute(constraint = ValidResidentIdNumber.class, name = "asOfSource")
    AsOfSource asOfSource() default AsOfSource.CLOCK_PROVIDER;

    /**
     * Returns the fixed as-of date ({@code yyyy-MM-dd}) used with {@link AsOfSource#FIXED}.
     *
     * @return the date, empty by default
     */
    @OverridesAttribute(constraint = ValidResidentIdNumber.class, name = "asOf")
    String asOf() default "";

    /**
     * Several {@link ResidentIdNumber} constraints on one element.
     *
     * @deprecated since 0.2.0, for removal: use {@link ValidResidentIdNumber.List}
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
        ResidentIdNumber[] value();
    }
}
