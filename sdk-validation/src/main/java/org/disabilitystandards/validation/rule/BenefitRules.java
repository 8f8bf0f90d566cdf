package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.List;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Service;

/**
 * Benefit and service rules: BENEFIT.PERIOD_ORDER and SERVICE.DATE on every entry; BENEFIT.NO_CERTIFICATE,
 * BENEFIT.CARE_ALLOWANCE_INELIGIBLE, BENEFIT.LIVING_ALLOWANCE_INELIGIBLE (国发〔2015〕52号) and
 * BENEFIT.CHILD_AID_AGE (国发〔2018〕20号; Qinghai implementing opinion) on benefits running on the as-of
 * date, against the profile's parameters. The living allowance is judged only when the household's
 * means-test status is recorded.
 */
final class BenefitRules implements DomainRules {

    private final Rule noCertificate;
    private final Rule careIneligible;
    private final Rule livingIneligible;
    private final Rule childAidAge;
    private final Rule periodOrder;
    private final Rule serviceDate;

    /** The profile's {@code livingAllowanceHouseholds} as a {@link HouseholdStatus#mask}. */
    private final int livingAllowanceHouseholds;

    BenefitRules(RuleCatalogue catalogue, ProfileParameters parameters) {
        this.livingAllowanceHouseholds = HouseholdStatus.mask(parameters.livingAllowanceHouseholds());
        this.noCertificate = catalogue.get(RuleIds.BENEFIT_NO_CERTIFICATE);
        this.careIneligible = catalogue.get(RuleIds.BENEFIT_CARE_ALLOWANCE_INELIGIBLE);
        this.livingIneligible = catalogue.get(RuleIds.BENEFIT_LIVING_ALLOWANCE_INELIGIBLE);
        this.childAidAge = catalogue.get(RuleIds.BENEFIT_CHILD_AID_AGE);
        this.periodOrder = catalogue.get(RuleIds.BENEFIT_PERIOD_ORDER);
        this.serviceDate = catalogue.get(RuleIds.SERVICE_DATE);
    }

    @Override
    public void check(RecordCheck c) {
        List<Benefit> benefits = c.record.benefits();
        for (int i = 0; i < benefits.size(); i++) {
            checkBenefit(c, benefits.get(i), i);
        }
        List<Service> services = c.record.services();
        for (int i = 0; i < services.size(); i++) {
            LocalDate date = services.get(i).date();
            if (date.isAfter(c.asOf) || c.isBeforeBirth(date)) {
                c.raiseAt(serviceDate, "services", i, "date", date);
            }
        }
    }

    private void checkBenefit(RecordCheck c, Benefit benefit, int i) {
        if (benefit.to().isPresent() && benefit.to().get().isBefore(benefit.from())) {
            c.raiseAt(periodOrder, "benefits", i, "to", benefit.from().toString(), benefit.to().get().toString());
            return;
        }
        if (!c.isRunning(benefit)) {
            return;
        }
        Certificate certificate = c.certificate;
        switch (benefit.type()) {
            case LIVING_ALLOWANCE:
                if (certificate == null) {
                    c.raiseAt(noCertificate, "benefits", i, "type", benefit.type());
                } else if (c.household != null
                        && !HouseholdStatus.anyMatches(livingAllowanceHouseholds, c.household)) {
                    c.raiseAt(livingIneligible, "benefits", i, "type");
                }
                break;
            case CARE_ALLOWANCE:
                if (certificate == null) {
                    c.raiseAt(noCertificate, "benefits", i, "type", benefit.type());
                } else if (!c.parameters.careAllowanceCovers(certificate.grade(), certificate.category())) {
                    c.raiseAt(careIneligible, "benefits", i, "type", certificate.grade(), certificate.category());
                }
                break;
            case CHILD_REHABILITATION_AID:
                int age = c.age;
                if (age >= 0 && (age > c.parameters.childAidMaxAge()
                        || age >= c.parameters.childAidCertificateFromAge() && certificate == null)) {
                    c.raiseAt(childAidAge, "benefits", i, "type", age, c.parameters.childAidMaxAge(),
                            c.parameters.childAidCertificateFromAge());
                }
                break;
            default:
                break;
        }
    }

}
