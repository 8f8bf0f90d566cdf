package org.disabilitystandards.validation.quota;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;

/**
 * The answer of the quota check for one employer.
 *
 * <p><b>Rounding.</b> The legal requirement is {@code ratio x staff} (《残疾人就业条例》 art. 8), and the
 * shortfall is measured against that <em>exact</em> product, as the levy formula of 财税〔2015〕72号 does
 * ({@code (staff x ratio - counted) x average wage}): 67 staff at 1.5 % require 1.005, so one counted
 * employee leaves a shortfall of 0.005. {@link #requiredPeople()} is the same product rounded up: the whole
 * number of counted employees that meets the ratio.
 *
 * @param profile            the name of the validation profile that set the ratio and severities
 * @param asOf               the as-of date the rules were selected by
 * @param employer           the employer checked
 * @param ratioPercent       the quota ratio in percent of staff (profile parameter, default 1.5)
 * @param required           the exact requirement, {@code staff x ratio / 100}
 * @param requiredPeople     the requirement rounded up to whole people
 * @param counted            the counted employees, double counting included, whole heads (months not weighed)
 * @param countedPeople      the disabled employees who count at all (certificate and employment conditions)
 * @param doubleCounted      the disabled employees who count as two
 * @param notCounted         the disabled employees who do not count (military grades 9-10, police)
 * @param shortfall          {@code required - countedEquivalent} when positive, else 0
 * @param met                whether {@code countedEquivalent >= required}
 * @param minimumOneStaff    the staff count from which the plan's minimum of one disabled employee covers
 *                           the employer, empty if it does not cover its type or level
 * @param cadreShare         the share of disabled cadres, present for federation organs
 * @param countingBasis      id and version of the benefit equivalences that counted
 * @param issues             the findings ({@code QUOTA.SHORTFALL}, {@code QUOTA.PLAN_MINIMUM_ONE},
 *                           {@code QUOTA.DPF_SHARE}, {@code QUOTA.SHORTFALL_LEVY_EXEMPT}) of the rules in
 *                           force and switched on
 * @param countedEquivalent  the counted employees in full-year equivalents: each qualifying employee's
 *                           weight (1, or 2 for double counting) times the months employed / 12
 *                           (财税〔2015〕72号: part-year employment counts pro rata by month)
 * @param levyExempt         whether the employer pays no levy whatever its shortfall: an enterprise with
 *                           {@value QuotaChecker#LEVY_EXEMPT_MAX_STAFF} or fewer staff (财政部公告2019年第98号,
 *                           extended by 财政部公告2023年第8号 to 2027-12-31); the quota ratio itself still applies
 */
public record QuotaResult(String profile, LocalDate asOf, Employer employer, BigDecimal ratioPercent,
        BigDecimal required, int requiredPeople, int counted, int countedPeople, int doubleCounted, int notCounted,
        BigDecimal shortfall, boolean met, OptionalInt minimumOneStaff, Optional<CadreShare> cadreShare,
        String countingBasis, List<Issue> issues, BigDecimal countedEquivalent, boolean levyExempt) {

    /**
     * Checks the components and copies the issues.
     *
     * @param profile         the profile name
     * @param asOf            the as-of date
     * @param employer        the employer
     * @param ratioPercent    the ratio in percent
     * @param required        the exact requirement
     * @param requiredPeople  the requirement rounded up
     * @param counted         the counted employees
     * @param countedPeople   the employees who count
     * @param doubleCounted   the employees who count as two
     * @param notCounted      the employees who do not count
     * @param shortfall       the shortfall
     * @param met             whether the ratio is met
     * @param minimumOneStaff the plan's staff threshold for the employer
     * @param cadreShare      the cadre share
     * @param countingBasis   the counting table
     * @param issues          the findings
     * @param countedEquivalent the counted full-year equivalents
     * @param levyExempt      whether the employer is exempt from the levy
     * @throws NullPointerException if a component is null
     */
    public QuotaResult {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(ratioPercent, "ratioPercent");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(shortfall, "shortfall");
        Objects.requireNonNull(minimumOneStaff, "minimumOneStaff");
        Objects.requireNonNull(cadreShare, "cadreShare");
        Objects.requireNonNull(countingBasis, "countingBasis");
        Objects.requireNonNull(countedEquivalent, "countedEquivalent");
        issues = List.copyOf(issues);
    }

    /**
     * Returns the most severe finding.
     *
     * @return the highest severity among the issues, empty without findings
     */
    public Optional<Severity> worstSeverity() {
        Severity worst = null;
        for (Issue issue : issues) {
            if (worst == null || issue.severity().compareTo(worst) < 0) {
                worst = issue.severity();
            }
        }
        return Optional.ofNullable(worst);
    }
}
