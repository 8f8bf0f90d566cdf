package org.disabilitystandards.core.convert;

import java.util.Objects;

/**
 * Whether a benefit equivalence applies to a certificate, and the sourced rule that says so.
 *
 * @param benefit the benefit
 * @param applies whether the certificate counts for the benefit
 * @param basis   the rule (document and condition) behind the answer
 */
public record BenefitApplicability(EquivalentBenefit benefit, boolean applies, String basis) {

    /**
     * Creates an applicability.
     *
     * @param benefit the benefit
     * @param applies whether the certificate counts for the benefit
     * @param basis the rule (document and condition) behind the answer
     * @throws NullPointerException if a component is null
     */
    public BenefitApplicability {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(basis, "basis");
    }
}
