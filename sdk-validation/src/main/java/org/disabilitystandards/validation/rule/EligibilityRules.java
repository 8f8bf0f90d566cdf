package org.disabilitystandards.validation.rule;

import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.Service;

/**
 * Proactive discovery (主动发现、精准发放, Qinghai 14th five-year plan): INFO issues for people who
 * qualify for a benefit or service on the as-of date and receive none.
 * <ul>
 * <li>ELIGIBLE.LIVING_ALLOWANCE: certificate holder in a qualifying household (profile parameter
 * {@code livingAllowanceHouseholds}) without a running living allowance;</li>
 * <li>ELIGIBLE.CARE_ALLOWANCE: certificate of a covered grade (profile parameters) without a running care
 * allowance;</li>
 * <li>ELIGIBLE.DIBAO_SINGLE_APPLICATION: near-poverty household, not 低保, grade 1-2 or grade-3 intellectual
 * or mental disability, without the minimum living guarantee (民发〔2021〕57号; the plan, 专栏2 一.1);</li>
 * <li>ELIGIBLE.CHILD_REHABILITATION: a child in the aid's age range (a certificate from
 * {@code childAidCertificateFromAge}) who needs rehabilitation and has neither a running aid nor a
 * rehabilitation service dated up to the as-of date.</li>
 * </ul>
 */
final class EligibilityRules implements DomainRules {

    private final Rule livingAllowance;
    private final Rule careAllowance;
    private final Rule dibaoSingleApplication;
    private final Rule childRehabilitation;

    /** The profile's {@code livingAllowanceHouseholds} as a {@link HouseholdStatus#mask}. */
    private final int livingAllowanceHouseholds;

    EligibilityRules(RuleCatalogue catalogue, ProfileParameters parameters) {
        this.livingAllowanceHouseholds = HouseholdStatus.mask(parameters.livingAllowanceHouseholds());
        this.livingAllowance = catalogue.get(RuleIds.ELIGIBLE_LIVING_ALLOWANCE);
        this.careAllowance = catalogue.get(RuleIds.ELIGIBLE_CARE_ALLOWANCE);
        this.dibaoSingleApplication = catalogue.get(RuleIds.ELIGIBLE_DIBAO_SINGLE_APPLICATION);
        this.childRehabilitation = catalogue.get(RuleIds.ELIGIBLE_CHILD_REHABILITATION);
    }

    @Override
    public void check(RecordCheck c) {
        Certificate certificate = c.certificate;
        Household household = c.household;
        if (certificate != null) {
            if (household != null && HouseholdStatus.anyMatches(livingAllowanceHouseholds, household)
                    && !c.receives(BenefitType.LIVING_ALLOWANCE)) {
                c.raise(livingAllowance, "benefits");
            }
            if (c.parameters.careAllowanceCovers(certificate.grade(), certificate.category())
                    && !c.receives(BenefitType.CARE_ALLOWANCE)) {
                c.raise(careAllowance, "benefits", certificate.grade());
            }
            if (household != null && household.nearPoverty() && !household.minimumLivingGuarantee()
                    && mayApplyAlone(certificate) && !c.receives(BenefitType.MINIMUM_LIVING_GUARANTEE)) {
                c.raise(dibaoSingleApplication, "household", certificate.grade(), certificate.category());
            }
        }
        checkChild(c, certificate != null);
    }

    private static boolean mayApplyAlone(Certificate certificate) {
        return certificate.grade().isSevere() || certificate.grade() == DisabilityGrade.GRADE_3
                && ProfileParameters.isIntellectualOrMental(certificate.category());
    }

    private void checkChild(RecordCheck c, boolean hasCertificate) {
        int age = c.age;
        if (age < 0 || age > c.parameters.childAidMaxAge()
                || age >= c.parameters.childAidCertificateFromAge() && !hasCertificate) {
            return;
        }
        if (!c.record.needs().contains(ServiceType.CHILD_REHABILITATION)
                && !c.record.needs().contains(ServiceType.REHABILITATION)) {
            return;
        }
        if (c.receives(BenefitType.CHILD_REHABILITATION_AID)) {
            return;
        }
        for (Service service : c.record.services()) {
            if ((service.type() == ServiceType.CHILD_REHABILITATION || service.type() == ServiceType.REHABILITATION)
                    && !service.date().isAfter(c.asOf)) {
                return;
            }
        }
        c.raise(childRehabilitation, "needs", age);
    }
}
