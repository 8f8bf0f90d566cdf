package org.disabilitystandards.validation.quota;

import java.util.Objects;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.EquivalentBenefit;

/**
 * An employee holding a civil disability certificate (残疾人证). The certificate counts for any category and
 * grade (财税〔2015〕72号); whether the person counts at all, and for how many months, is a matter of the
 * employment conditions of the same notice ({@link EmploymentTerms}: working age among them).
 *
 * @param category the certificate category
 * @param grade    the certificate grade
 * @param terms    the employment conditions
 */
public record CivilCertificateHolder(DisabilityCategory category, DisabilityGrade grade, EmploymentTerms terms)
        implements DisabledEmployee {

    /**
     * Checks the components.
     *
     * @param category the certificate category
     * @param grade    the certificate grade
     * @param terms    the employment conditions
     * @throws NullPointerException if any is null
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
