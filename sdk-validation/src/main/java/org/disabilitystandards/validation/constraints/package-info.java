/**
 * Jakarta Bean Validation constraints for embedders' own beans: {@link
 * org.disabilitystandards.validation.constraints.ResidentIdNumber}, {@link
 * org.disabilitystandards.validation.constraints.DisabilityCertificateNumber} and the class-level {@link
 * org.disabilitystandards.validation.constraints.ConsistentCertificate}. They work under Hibernate Validator
 * with no extra configuration; messages come from {@code ValidationMessages.properties} (English) and
 * {@code ValidationMessages_zh_CN.properties}, and never contain the validated identifier.
 */
package org.disabilitystandards.validation.constraints;
