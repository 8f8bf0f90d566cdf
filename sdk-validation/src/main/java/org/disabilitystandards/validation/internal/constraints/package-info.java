/**
 * Implementation of the constraints of {@code org.disabilitystandards.validation.constraints}: the
 * {@code ConstraintValidator}s, bound through {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * (Hibernate Validator keeps its own validators under {@code internal.constraintvalidators} the same way). Not
 * an API: exported only to {@code org.hibernate.validator}, which instantiates the validators.
 */
package org.disabilitystandards.validation.internal.constraints;
