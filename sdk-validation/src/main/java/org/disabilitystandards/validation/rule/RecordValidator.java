package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;

/**
 * Validates person records of the exchange format against one {@link Profile}, as of a date: the rules of
 * the profile in force on that date (effective-from, retired-on, switched off), at the profile's
 * severities, with the profile's parameters.
 *
 * <p>Built once per profile and shared: immutable and thread-safe. The rules in force are selected once
 * per as-of date and cached (the last date used is kept); validation uses no regular expressions, throws
 * no exceptions for invalid data, renders no messages and builds no issue text or path for a rule that is
 * off. Beyond the issues it raises it allocates one small state object per record (whose identity facts are
 * fixed before any rule runs) and what the model's optional accessors allocate. Issues carry neither a full
 * ID number nor a name.
 */
public final class RecordValidator {

    /** Paths of the service grades whose out-of-scale value the reader reports as an unknown code. */
    private static final Set<String> SERVICE_GRADE_PATHS = Set.of("military.grade", "police.grade",
            "workInjury.grade", "careLevel.level");

    private final Profile profile;
    private final RuleCatalogue catalogue;
    private final DomainRules[] domains;
    private final Map<ReadProblem.Kind, Rule> formatRules;
    private final Rule serviceGradeRange;
    private final AdministrativeDivisions divisions;
    private final AssistiveProductCatalogue productCatalogue;
    private volatile ActiveRules lastActive;

    private RecordValidator(Profile profile, AdministrativeDivisions divisions, AssistiveProductCatalogue products) {
        this.profile = profile;
        this.divisions = divisions;
        this.productCatalogue = products;
        this.catalogue = profile.catalogue();
        this.domains = domains(profile, divisions, products);
        Map<ReadProblem.Kind, Rule> format = new EnumMap<>(ReadProblem.Kind.class);
        for (ReadProblem.Kind kind : ReadProblem.Kind.values()) {
            format.put(kind, catalogue.get("FORMAT." + kind.name()));
        }
        this.formatRules = format;
        this.serviceGradeRange = catalogue.get(RuleIds.SERVICE_GRADE_RANGE);
    }

    /**
     * Builds the rule domains of a profile, in the order their issues are reported. The order is no contract
     * between the domains: each reads only the record and the facts {@link RecordCheck} fixed before.
     */
    static DomainRules[] domains(Profile profile, AdministrativeDivisions divisions,
            AssistiveProductCatalogue products) {
        RuleCatalogue catalogue = profile.catalogue();
        return new DomainRules[] {
            new IdentityRules(catalogue, divisions),
            new RegionRules(catalogue, divisions),
            new CertificateRules(catalogue),
            new AssessmentRules(catalogue, Gb26341Grading.withParameters(profile.parameters().grading())),
            new ServiceDisabilityRules(catalogue),
            new BenefitRules(catalogue, profile.parameters()),
            new EducationRules(catalogue),
            new EligibilityRules(catalogue, profile.parameters()),
            new ServiceProgrammeRules(catalogue, products)
        };
    }

    /**
     * Builds the validator of a profile, with the bundled GB/T 2260 table.
     *
     * @param profile the profile
     * @return the validator
     */
    public static RecordValidator forProfile(Profile profile) {
        return forProfile(profile, AdministrativeDivisions.bundled());
    }

    /**
     * Builds the validator of a profile with an embedder's own GB/T 2260 table.
     *
     * @param profile   the profile
     * @param divisions the administrative division table
     * @return the validator
     */
    public static RecordValidator forProfile(Profile profile, AdministrativeDivisions divisions) {
        return new RecordValidator(Objects.requireNonNull(profile, "profile"),
                Objects.requireNonNull(divisions, "divisions"), null);
    }

    /**
     * Returns a validator like this one that also checks assistive-device fittings against a catalogue
     * (DEVICE.*: product listed, allowed for the person's category, grade and age, assessment where required,
     * no re-issue before the replacement interval, subsidy within the cap). Without a catalogue those rules
     * do not run.
     *
     * @param products the catalogue the embedder loaded ({@link AssistiveProductCatalogue#load})
     * @return the new validator
     */
    public RecordValidator withAssistiveProductCatalogue(AssistiveProductCatalogue products) {
        return new RecordValidator(profile, divisions, Objects.requireNonNull(products, "products"));
    }

    /**
     * Returns the assistive-device catalogue the fitting rules use.
     *
     * @return the catalogue, if one was given
     */
    public Optional<AssistiveProductCatalogue> assistiveProductCatalogue() {
        return Optional.ofNullable(productCatalogue);
    }

    /**
     * Creates an issue of a service-programme rule found by comparing records (the batch pass of the history
     * rules: CHILD_AID.TWO_INSTITUTIONS, CHILD_AID.DOUBLE_FUNDING, DEVICE.REISSUE_TOO_EARLY,
     * RETROFIT.ONE_PER_PERIOD), if the rule is in force on the date and switched on.
     *
     * @param ruleId the rule id
     * @param asOf   the as-of date of the run
     * @param path   the field path
     * @param values exactly the rule's arguments, in the order of {@link Rule#argumentNames()}
     * @return the issue without line and record id, or empty when the rule does not run
     * @throws IllegalArgumentException if the rule is unknown or not a SERVICE_PROGRAMME rule
     * @throws IllegalArgumentException if the number of values differs from the rule's arguments
     */
    public Optional<Issue> crossRecordIssue(String ruleId, LocalDate asOf, String path, Object... values) {
        Rule rule = catalogue.get(ruleId);
        if (rule.domain() != RuleDomain.SERVICE_PROGRAMME) {
            throw new IllegalArgumentException(ruleId + " is not a SERVICE_PROGRAMME rule");
        }
        Severity severity = activeRules(asOf).severity(rule);
        return severity == null ? Optional.empty()
                : Optional.of(RecordCheck.issue(rule, severity, path, values.clone(), catalogue.edition()));
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
     * Validates one record.
     *
     * @param record the record
     * @param asOf   the date whose rules apply and against which dates and ages are judged
     * @return the report, in the order the rules raised the issues
     */
    public ValidationReport validate(PersonRecord record, LocalDate asOf) {
        ValidationReport.Collector collector = ValidationReport.collector();
        validate(record, asOf, collector);
        return collector.report();
    }

    /**
     * Validates one record, handing each issue to a sink: the streaming, low-allocation variant. Issues
     * carry no line and no record id; the caller adds them ({@link Issue#withLine}, {@link Issue#withRecordId}).
     *
     * @param record the record
     * @param asOf   the date whose rules apply
     * @param sink   receives the issues, in order
     */
    public void validate(PersonRecord record, LocalDate asOf, IssueSink sink) {
        ActiveRules active = activeRules(asOf);
        RecordCheck check = new RecordCheck(record, asOf, profile.parameters(), active, sink, catalogue.edition());
        for (DomainRules domain : domains) {
            domain.check(check);
        }
    }

    /**
     * Maps a problem found while reading a record to its FORMAT issue, at the profile's severity. An
     * unknown code at {@code military.grade}, {@code police.grade}, {@code workInjury.grade} or
     * {@code careLevel.level} (a grade or level outside its scale) is SERVICE_GRADE.RANGE. The problem's
     * detail is the argument {@code detail}. Format rules have no dates; the issue is produced even for a
     * rule the profile switched off; callers that honour that check {@link #isEnabled(String)}.
     *
     * @param problem the read problem
     * @return the issue, without line and record id
     */
    public Issue formatIssue(ReadProblem problem) {
        Rule rule = problem.kind() == ReadProblem.Kind.UNKNOWN_CODE && SERVICE_GRADE_PATHS.contains(problem.path())
                ? serviceGradeRange : formatRules.get(problem.kind());
        return RecordCheck.issue(rule, profile.severityOf(rule), problem.path(), new Object[] {problem.detail()},
                catalogue.edition());
    }

    /**
     * Creates a file-level issue, for example FORMAT.DUPLICATE_RECORD_ID or FORMAT.DUPLICATE_PERSON
     * (argument {@code firstLine}: the line where the record id or person was first seen), at the
     * profile's severity. Like {@link #formatIssue}, produced even for a rule switched off. The arguments follow
     * the SDK's one convention: the rule's key plus positional values in the order of
     * {@link Rule#argumentNames()}.
     *
     * @param ruleId a FORMAT rule id, for example {@link RuleIds#FORMAT_DUPLICATE_RECORD_ID}
     * @param path   the field path, for example {@code recordId}
     * @param values exactly the rule's arguments, in the order of {@link Rule#argumentNames()}
     * @return the issue, without line and record id
     * @throws IllegalArgumentException if the rule is unknown, not a FORMAT rule, or the number of values
     *                                  differs from the rule's arguments
     */
    public Issue fileIssue(String ruleId, String path, Object... values) {
        Rule rule = catalogue.get(ruleId);
        if (rule.domain() != RuleDomain.FORMAT) {
            throw new IllegalArgumentException(ruleId + " is not a FORMAT rule");
        }
        return RecordCheck.issue(rule, profile.severityOf(rule), path, values.clone(), catalogue.edition());
    }

    /**
     * Returns whether the profile runs a rule (whatever the date).
     *
     * @param ruleId the rule id
     * @return false if the profile switched it off
     * @throws IllegalArgumentException if the catalogue has no such rule
     */
    public boolean isEnabled(String ruleId) {
        return profile.isEnabled(ruleId);
    }

    /**
     * Returns the rules that run on a date under the profile.
     *
     * @param asOf the date
     * @return the rules in catalogue order
     */
    public List<Rule> rulesInForce(LocalDate asOf) {
        ActiveRules active = activeRules(asOf);
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            if (active.severity(rule) != null) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    private ActiveRules activeRules(LocalDate asOf) {
        ActiveRules active = lastActive;
        if (active == null || !active.asOf.equals(asOf)) {
            active = ActiveRules.of(profile, Objects.requireNonNull(asOf, "asOf"));
            lastActive = active;
        }
        return active;
    }

    @Override
    public String toString() {
        return "RecordValidator{profile=" + profile.name() + ", catalogue=" + catalogue.edition() + "}";
    }
}
