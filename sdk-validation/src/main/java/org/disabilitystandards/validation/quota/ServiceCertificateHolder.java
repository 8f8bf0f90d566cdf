package org.disabilitystandards.validation.quota;

import java.util.Objects;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.EquivalentBenefit;
import org.disabilitystandards.core.convert.ServiceCertificateKind;

/**
 * An employee holding a 残疾军人证 (military) or 伤残人民警察证 (police) certificate, graded 1-10 under
 * 《军人残疾等级评定标准》. The bundled equivalences (财税〔2015〕72号) count military grades 1-8, grades 1-3
 * double; the police certificate is not named there and does not count.
 *
 * @param kind  the certificate
 * @param grade the grade
 */
public record ServiceCertificateHolder(ServiceCertificateKind kind, MilitaryDisabilityGrade grade,
        EmploymentTerms terms) implements DisabledEmployee {

    /**
     * Checks the components.
     *
     * @param kind  the certificate
     * @param grade the grade
     * @throws NullPointerException if either is null
     */
    public ServiceCertificateHolder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(terms, "terms");
    }

    /**
     * Creates a holder in an established post employed all year (the 0.1.0 form).
     *
     * @param kind  the certificate
     * @param grade the grade
     */
    public ServiceCertificateHolder(ServiceCertificateKind kind, MilitaryDisabilityGrade grade) {
        this(kind, grade, EmploymentTerms.fullYearEstablished());
    }

    @Override
    public boolean counts(BenefitEquivalences equivalences) {
        return equivalences.appliesToServiceCertificate(EquivalentBenefit.EMPLOYMENT_QUOTA_COUNTS, kind, grade);
    }

    @Override
    public boolean countsDouble(BenefitEquivalences equivalences) {
        return equivalences.appliesToServiceCertificate(EquivalentBenefit.EMPLOYMENT_QUOTA_DOUBLE, kind, grade);
    }
}
