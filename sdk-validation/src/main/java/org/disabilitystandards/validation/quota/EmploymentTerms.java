package org.disabilitystandards.validation.quota;

/**
 * The employment conditions under which a disabled employee counts toward the quota, as 财税〔2015〕72号
 * (残疾人就业保障金征收使用管理办法, art. 8 and 9) sets them: people in established posts (在编人员) count; others
 * count when they are of working age (法定就业年龄), have a labour or service contract of at least one year,
 * are paid at least the local minimum wage and have social insurance paid for them. Part-year employment counts
 * pro rata by the months employed in the year; the double weights are unchanged.
 *
 * <p>The SDK does not know the local minimum wage or the statutory working ages of a person: the caller
 * states whether each condition is met. {@link #fullYearEstablished()} is the default of the 0.1.0 factories.
 *
 * @param establishedPost       whether the person holds an established post (在编)
 * @param workingAge            whether the person is of statutory working age
 * @param contractMonths        the length of the labour or service contract in months (0 if none)
 * @param paidMinimumWage       whether the pay is at least the local minimum wage
 * @param socialInsurancePaid   whether the employer pays social insurance for the person
 * @param monthsEmployed        months employed in the year, 1-12
 */
public record EmploymentTerms(boolean establishedPost, boolean workingAge, int contractMonths,
        boolean paidMinimumWage, boolean socialInsurancePaid, int monthsEmployed) {

    /** Months of a full year. */
    public static final int FULL_YEAR = 12;
    private static final EmploymentTerms FULL_YEAR_ESTABLISHED = new EmploymentTerms(true, true, FULL_YEAR, true,
            true, FULL_YEAR);

    /**
     * Validates the terms.
     *
     * @param establishedPost     in an established post
     * @param workingAge          of working age
     * @param contractMonths      0 or more
     * @param paidMinimumWage     at least the minimum wage
     * @param socialInsurancePaid social insurance paid
     * @param monthsEmployed      1-12
     * @throws IllegalArgumentException for a negative contract or months outside 1-12
     */
    public EmploymentTerms {
        if (contractMonths < 0) {
            throw new IllegalArgumentException("contractMonths must not be negative");
        }
        if (monthsEmployed < 1 || monthsEmployed > FULL_YEAR) {
            throw new IllegalArgumentException("monthsEmployed must be 1-12");
        }
    }

    /**
     * Returns the terms of a person in an established post employed all year.
     *
     * @return the shared instance
     */
    public static EmploymentTerms fullYearEstablished() {
        return FULL_YEAR_ESTABLISHED;
    }

    /**
     * Returns the terms of a contract employee who meets every condition, employed for some months.
     *
     * @param monthsEmployed months employed in the year, 1-12
     * @return the terms
     */
    public static EmploymentTerms qualifyingContract(int monthsEmployed) {
        return new EmploymentTerms(false, true, FULL_YEAR, true, true, monthsEmployed);
    }

    /**
     * Returns whether the person counts at all (财税〔2015〕72号): an established post, or working age with a
     * contract of at least one year, at least the minimum wage and social insurance paid.
     *
     * @return true if the person counts
     */
    public boolean qualifies() {
        return establishedPost
                || workingAge && contractMonths >= FULL_YEAR && paidMinimumWage && socialInsurancePaid;
    }
}
