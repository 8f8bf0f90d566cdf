package org.disabilitystandards.spring.boot.minimal;

import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.validation.constraints.ConsistentCertificate;
import org.disabilitystandards.validation.constraints.ValidDisabilityCertificateNumber;
import org.disabilitystandards.validation.constraints.ValidResidentIdNumber;

// [request]
/**
 * A request of the application's own API, checked with the SDK's constraints. Public: the class-level
 * constraint reads the components through their accessors.
 *
 * @param idNumber          the applicant's ID number
 * @param certificateNumber the applicant's certificate number
 * @param category          the category the applicant states
 * @param grade             the grade the applicant states, 1-4
 */
@ConsistentCertificate
public record CertificateRequest(@ValidResidentIdNumber String idNumber,
                                 @ValidDisabilityCertificateNumber String certificateNumber,
                                 DisabilityCategory category,
                                 Integer grade) {
}
// [/request]
