/**
 * Jakarta Bean Validation constraints for embedders' own beans: {@link
 * org.disabilitystandards.validation.constraints.ValidResidentIdNumber}, {@link
 * org.disabilitystandards.validation.constraints.ValidDisabilityCertificateNumber} and the class-level {@link
 * org.disabilitystandards.validation.constraints.ConsistentCertificate}. They work under Hibernate Validator
 * with no extra configuration: as in Hibernate Validator's own constraints, each annotation says
 * {@code @Constraint(validatedBy = {})} and its validator, kept out of the API, is registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} (and {@code provides} on the module path).
 * Messages come from {@code ValidationMessages.properties} (English) and
 * {@code ValidationMessages_zh_CN.properties}, and never contain the validated identifier.
 *
 * <p>The 0.1 names {@code @ResidentIdNumber} and {@code @DisabilityCertificateNumber} clashed with the value
 * types of {@code org.disabilitystandards.core.id}; they remain for one release, deprecated, composed of the new
 * constraints.
 */
package org.disabilitystandards.validation.constraints;
