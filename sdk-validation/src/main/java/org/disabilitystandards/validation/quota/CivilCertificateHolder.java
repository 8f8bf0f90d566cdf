package org.disabilitystandards.validation.quota;

import java.util.Objects;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.EquivalentBenefit;

/**
 * An employee holding a civil disability certificate (残疾人证). Employees on the staff count are asked of
 * the equivalences as of working age: the quota rules of 财税〔2015〕72号 count any category and grade, with
 * no age condition, so the answer does not depend on it.
 *
 * @param category the certificate category
 * @param grade    the certificate grade
 */
public record CivilCertificateHolder(DisabilityCategory category, DisabilityGrade grade, EmploymentTerms terms)
        implements DisabledEmployee {

    /**
     * Checks the components.
     *
     * @param category the certificate category
     * @param grade    the certificate grade
     * @throws NullPointerException if either is null
     */
    public CivilCertificateHolder {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(terms, "terms");
    }

    /**
     * Creates a holder in an established post employed all year (the 0.1.0 form).
     *
     * @param category the certificate category
     * @param grade    the certificate grade
     */
    public CivilCertificateHolder(DisabilityCategory category, DisabilityGrade grade) {
        this(category, grade, EmploymentTerms.fullYearEstablished());
    }

    @Override
    public boolean counts(BenefitEquivalences equivalences) {
        return equivalences.appliesToCivil(EquivalentBenefit.EMPLOYMENT_QUOTA_COUNTS, category, grade, true);
    }

    @Override
    public boolean countsDouble(BenefitEquivalences equivalences) {
        return equivalences.appliesToCivil(EquivalentBenefit.EMPLOYMENT_QUOTA_DOUBLE, category, grade, true);
    }
}
