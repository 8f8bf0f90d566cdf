package org.disabilitystandards.validation.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.Rule;
import org.disabilitystandards.validation.rule.RuleIds;

/**
 * Checks an employer against the employment quota (按比例安排残疾人就业):
 * <ul>
 * <li>{@code QUOTA.SHORTFALL}: counted disabled employees below {@code ratio x staff} (《残疾人就业条例》
 * art. 8; the ratio is the profile parameter {@code employmentQuotaPercent}, default 1.5). Counting uses
 * {@link BenefitEquivalences#bundled()}: a civil certificate of any category and grade counts, a military
 * certificate of grades 1-8 counts; civil grades 1-2 and military grades 1-3 count as two
 * (财税〔2015〕72号). Only employees whose {@link EmploymentTerms} qualify count (an established post, or working
 * age with a contract of at least one year, the minimum wage and social insurance), part-year employment pro
 * rata by month. The shortfall is measured against the exact product (see {@link QuotaResult}).</li>
 * <li>{@code QUOTA.SHORTFALL_LEVY_EXEMPT} instead of {@code QUOTA.SHORTFALL} for an enterprise with
 * {@value #LEVY_EXEMPT_MAX_STAFF} or fewer staff, which pays no levy (财政部公告2019年第98号; 2023年第8号).</li>
 * <li>{@code QUOTA.PLAN_MINIMUM_ONE}: a province- or prefecture-level party or government organ with 50 or
 * more staff, or a public institution (not a school or kindergarten) with 67 or more, below the ratio and
 * with no counted disabled employee: the plan's 专栏5 item 1 asks for at least one by 2025.</li>
 * <li>{@code QUOTA.DPF_SHARE}: a disabled persons' federation organ at county level or above whose
 * disabled cadres are under 15 % of its cadres (专栏5 item 1).</li>
 * </ul>
 * The plan's thresholds come from {@link QuotaPlanTargets}; severities, switched-off rules and the years
 * each rule is in force come from the profile and its rule catalogue. Build once and share: immutable and
 * thread-safe.
 */
public final class QuotaChecker {

    /** Rule id: disabled employees below the ratio. */
    public static final String SHORTFALL = RuleIds.QUOTA_SHORTFALL;
    /** Rule id: the plan's minimum of one disabled employee. */
    public static final String PLAN_MINIMUM_ONE = RuleIds.QUOTA_PLAN_MINIMUM_ONE;
    /** Rule id: the plan's share of disabled cadres in federation organs. */
    public static final String DPF_SHARE = RuleIds.QUOTA_DPF_SHARE;
    /** Rule id: below the ratio, but exempt from the levy as a small enterprise. */
    public static final String SHORTFALL_LEVY_EXEMPT = RuleIds.QUOTA_SHORTFALL_LEVY_EXEMPT;
    /**
     * Enterprises with this many staff or fewer pay no employment security levy (财政部公告2019年第98号, from
     * 2020-01-01; extended by 财政部公告2023年第8号 to 2027-12-31).
     */
    public static final int LEVY_EXEMPT_MAX_STAFF = 30;
    private static final BigDecimal MONTHS = BigDecimal.valueOf(EmploymentTerms.FULL_YEAR);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Profile profile;
    private final QuotaPlanTargets targets;
    private final BenefitEquivalences equivalences;
    private final Rule shortfallRule;
    private final Rule minimumOneRule;
    private final Rule shareRule;
    private final Rule exemptRule;

    private QuotaChecker(Profile profile, QuotaPlanTargets targets) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.equivalences = BenefitEquivalences.bundled();
        this.shortfallRule = profile.catalogue().get(SHORTFALL);
        this.minimumOneRule = profile.catalogue().get(PLAN_MINIMUM_ONE);
        this.shareRule = profile.catalogue().get(DPF_SHARE);
        this.exemptRule = profile.catalogue().get(SHORTFALL_LEVY_EXEMPT);
    }

    /**
     * Creates a checker with a profile's ratio and rules and the bundled plan targets.
     *
     * @param profile the validation profile ({@code Profile.qinghai()}, {@code Profile.national()} or a
     *                derived one)
     * @return the checker
     * @throws IllegalArgumentException if the profile's catalogue lacks a QUOTA rule
     */
    public static QuotaChecker of(Profile profile) {
        return new QuotaChecker(profile, QuotaPlanTargets.bundled());
    }

    /**
     * Returns the profile.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns the ratio in percent of staff the checker applies.
     *
     * @return the profile's {@code employmentQuotaPercent}
     */
    public BigDecimal ratioPercent() {
        return profile.parameters().employmentQuotaPercent();
    }

    /**
     * Checks an employer.
     *
     * @param employer the employer
     * @param asOf     the date that selects the rules in force (the plan's rules are in force 2021-2025)
     * @return the result with its findings
     */
    public QuotaResult check(Employer employer, LocalDate asOf) {
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(asOf, "asOf");
        int countedPeople = 0;
        int doubleCounted = 0;
        int monthWeights = 0;
        for (DisabledEmployee employee : employer.disabledEmployees()) {
            if (employee.counts(equivalences) && employee.terms().qualifies()) {
                countedPeople++;
                int weight = 1;
                if (employee.countsDouble(equivalences)) {
                    doubleCounted++;
                    weight = 2;
                }
                monthWeights += weight * employee.terms().monthsEmployed();
            }
        }
        int counted = countedPeople + doubleCounted;
        BigDecimal ratio = ratioPercent();
        BigDecimal required = ratio.multiply(BigDecimal.valueOf(employer.staff())).divide(HUNDRED);
        BigDecimal countedDecimal = BigDecimal.valueOf(monthWeights).divide(MONTHS, 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        boolean met = BigDecimal.valueOf(monthWeights).compareTo(required.multiply(MONTHS)) >= 0;
        BigDecimal shortfall = met ? BigDecimal.ZERO : required.subtract(countedDecimal);
        boolean levyExempt = employer.type() == EmployerType.ENTERPRISE && employer.staff() <= LEVY_EXEMPT_MAX_STAFF
                && exemptRule.isInForce(asOf);
        int requiredPeople = required.setScale(0, RoundingMode.CEILING).intValueExact();
        int minimumStaff = targets.minimumOneStaff(employer);
        OptionalInt minimumOneStaff = minimumStaff < 0 ? OptionalInt.empty() : OptionalInt.of(minimumStaff);
        Optional<CadreShare> share = cadreShare(employer);

        List<Issue> issues = new ArrayList<>(3);
        if (!met && levyExempt) {
            add(issues, exemptRule, asOf, "disabledEmployees", employer.staff(), number(ratio), number(required),
                    number(countedDecimal), number(shortfall), LEVY_EXEMPT_MAX_STAFF);
        } else if (!met) {
            add(issues, shortfallRule, asOf, "disabledEmployees", employer.staff(), number(ratio), number(required),
                    number(countedDecimal), number(shortfall));
        }
        if (!met && minimumStaff >= 0 && employer.staff() >= minimumStaff
                && countedPeople < targets.minimumDisabledEmployees()) {
            add(issues, minimumOneRule, asOf, "disabledEmployees", employer.staff(), minimumStaff);
        }
        if (share.isPresent() && share.get().applies() && !share.get().met()) {
            CadreShare s = share.get();
            add(issues, shareRule, asOf, "disabledCadres", s.cadres(), s.disabledCadres(), number(s.sharePercent()),
                    number(s.minimumSharePercent()));
        }
        return new QuotaResult(profile.name(), asOf, employer, ratio, required, requiredPeople, counted,
                countedPeople, doubleCounted, employer.disabledEmployees().size() - countedPeople, shortfall, met,
                minimumOneStaff, share, equivalences.id() + " " + equivalences.version(), issues, countedDecimal,
                levyExempt);
    }

    private Optional<CadreShare> cadreShare(Employer employer) {
        if (employer.cadres().isEmpty()) {
            return Optional.empty();
        }
        int cadres = employer.cadres().getAsInt();
        int disabled = 0;
        for (DisabledEmployee cadre : employer.disabledCadres()) {
            if (cadre.counts(equivalences)) {
                disabled++;
            }
        }
        BigDecimal minimum = targets.federationMinimumSharePercent();
        BigDecimal hundredfold = BigDecimal.valueOf(disabled).multiply(HUNDRED);
        boolean met = hundredfold.compareTo(minimum.multiply(BigDecimal.valueOf(cadres))) >= 0;
        BigDecimal percent = hundredfold.divide(BigDecimal.valueOf(cadres), 2, RoundingMode.HALF_UP);
        boolean applies = targets.federationShareApplies(employer.level().orElseThrow());
        return Optional.of(new CadreShare(cadres, disabled, percent, minimum, applies, met));
    }

    /** Adds an issue of a rule in force and on: the rule's key plus its arguments in the rule's order. */
    private void add(List<Issue> issues, Rule rule, LocalDate asOf, String path, Object... values) {
        if (rule.isInForce(asOf) && profile.isEnabled(rule.id())) {
            issues.add(Issue.ofPositional(rule.id(), profile.severityOf(rule), path, rule.source(),
                    profile.catalogue().edition(), rule.argumentNames(), values));
        }
    }

    /** A decimal as a message argument: a Double, which the message renderer shows without trailing zeros. */
    private static Double number(BigDecimal value) {
        return value.doubleValue();
    }

    @Override
    public String toString() {
        return "QuotaChecker{profile=" + profile.name() + ", ratio=" + ratioPercent() + " %, targets=" + targets + "}";
    }
}
