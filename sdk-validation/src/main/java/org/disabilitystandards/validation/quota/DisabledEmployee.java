package org.disabilitystandards.validation.quota;

import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.ServiceCertificateKind;

/**
 * A disabled employee (or cadre) as the quota counts them: by certificate only, never by name or ID number.
 * Either a civil disability certificate ({@link CivilCertificateHolder}) or a military or police
 * certificate ({@link ServiceCertificateHolder}).
 */
public sealed interface DisabledEmployee permits CivilCertificateHolder, ServiceCertificateHolder {

    /**
     * Creates the holder of a civil disability certificate (残疾人证).
     *
     * @param category the certificate category
     * @param grade    the certificate grade
     * @return the employee
     */
    static DisabledEmployee civil(DisabilityCategory category, DisabilityGrade grade) {
        return new CivilCertificateHolder(category, grade);
    }

    /**
     * Creates the holder of a 残疾军人证 or 伤残人民警察证.
     *
     * @param kind  the certificate
     * @param grade the grade 1-10
     * @return the employee
     */
    static DisabledEmployee service(ServiceCertificateKind kind, MilitaryDisabilityGrade grade) {
        return new ServiceCertificateHolder(kind, grade);
    }

    /**
     * Returns whether the employee counts toward the quota (benefit {@code EMPLOYMENT_QUOTA_COUNTS}).
     *
     * @param equivalences the sourced equivalences
     * @return true if the employee counts
     */
    boolean counts(BenefitEquivalences equivalences);

    /**
     * Returns the employment conditions of the person (财税〔2015〕72号): whether they count at all and for how
     * many months of the year.
     *
     * @return the terms
     */
    EmploymentTerms terms();

    /**
     * Creates the holder of a civil disability certificate with its employment conditions.
     *
     * @param category the certificate category
     * @param grade    the certificate grade
     * @param terms    the employment conditions
     * @return the employee
     */
    static DisabledEmployee civil(DisabilityCategory category, DisabilityGrade grade, EmploymentTerms terms) {
        return new CivilCertificateHolder(category, grade, terms);
    }

    /**
     * Creates the holder of a service certificate with its employment conditions.
     *
     * @param kind  the certificate
     * @param grade the grade
     * @param terms the employment conditions
     * @return the employee
     */
    static DisabledEmployee service(ServiceCertificateKind kind, MilitaryDisabilityGrade grade, EmploymentTerms terms) {
        return new ServiceCertificateHolder(kind, grade, terms);
    }

    /**
     * Returns whether the employee counts as two (benefit {@code EMPLOYMENT_QUOTA_DOUBLE}); only asked of an
     * employee who {@link #counts(BenefitEquivalences) counts}.
     *
     * @param equivalences the sourced equivalences
     * @return true if the employee counts double
     */
    boolean countsDouble(BenefitEquivalences equivalences);
}
