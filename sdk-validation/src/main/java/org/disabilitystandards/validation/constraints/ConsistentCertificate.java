package org.disabilitystandards.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Class-level constraint: the disability certificate number of the annotated bean agrees with its ID number
 * (positions 1-18), category (position 19) and grade (position 20), as the second-generation 残疾人证 number
 * requires. The bean's properties are named by the annotation and read through a getter
 * ({@code getX()}, {@code isX()} or a record-style {@code x()}) or a field. A category may be a
 * {@code DisabilityCategory}, a digit 1-7 (number or text) or a code name such as {@code HEARING}; a grade a
 * {@code DisabilityGrade}, a digit 1-4 (number or text) or a name such as {@code GRADE_2}. A null property, a
 * property name left empty, or a number shorter than 20 characters is not compared: use
 * {@link ValidDisabilityCertificateNumber} for the number's own format. Violations are reported on the certificate
 * number property and never contain the number.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentCertificate {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{org.disabilitystandards.validation.constraints.ConsistentCertificate.message}";

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
     * Returns the name of the certificate number property.
     *
     * @return the property name
     */
    String certificateNumber() default "certificateNumber";

    /**
     * Returns the name of the resident ID number property; empty to skip that comparison.
     *
     * @return the property name
     */
    String idNumber() default "idNumber";

    /**
     * Returns the name of the category property; empty to skip that comparison.
     *
     * @return the property name
     */
    String category() default "category";

    /**
     * Returns the name of the grade property; empty to skip that comparison.
     *
     * @return the property name
     */
    String grade() default "grade";
}
