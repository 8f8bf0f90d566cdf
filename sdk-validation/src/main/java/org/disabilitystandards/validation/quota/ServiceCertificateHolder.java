package org.disabilitystandards.validation.quota;

import java.util.Objects;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.EquivalentBenefit;
import org.disabilitystandards.core.convert.ServiceCertificateKind;

/**
 * An employee holding a service disability certificate (残疾军人证, 伤残人民警察证 or 国家综合性消防救援队伍残疾人员证),
 * graded 1-10. The bundled equivalences (财税〔2015〕72号) count military grades 1-8, grades 1-3
 * double; the police and fire and rescue certificates are not named there and do not count. The employment
 * conditions of the notice apply as for civil certificates ({@link EmploymentTerms}).
 *
 * @param kind  the certificate
 * @param grade the grade
 * @param terms the employment conditions
 */
public record ServiceCertificateHolder(ServiceCertificateKind kind, MilitaryDisabilityGrade grade,
        EmploymentTerms terms) implements DisabledEmployee {

    /**
     * Checks the components.
     *
     * @param kind  the certificate
     * @param grade the grade
     * @param terms the employment conditions
     * @throws NullPointerException if any is null
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
