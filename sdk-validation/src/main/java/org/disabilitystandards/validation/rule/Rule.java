package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;

/**
 * A validation rule's metadata, read from the versioned catalogue resource {@code rules.json}: stable id,
 * domain, default severity, source (document and clause), effective-from and optional retired-on dates,
 * confidence and the names of its message arguments. Message templates (zh-CN and en) live in the
 * message bundles of {@link MessageRenderer}. Immutable.
 */
public final class Rule {

    private final int index;
    private final String id;
    private final RuleDomain domain;
    private final Severity defaultSeverity;
    private final String document;
    private final String clause;
    private final LocalDate effectiveFrom;
    private final LocalDate retiredOn;
    private final Confidence confidence;
    private final List<String> argumentNames;

    Rule(int index, String id, RuleDomain domain, Severity defaultSeverity, String document, String clause,
            LocalDate effectiveFrom, LocalDate retiredOn, Confidence confidence, List<String> argumentNames) {
        this.index = index;
        this.id = Objects.requireNonNull(id, "id");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "severity");
        this.document = Objects.requireNonNull(document, "document");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.retiredOn = retiredOn;
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.argumentNames = List.copyOf(argumentNames);
        if (retiredOn != null && !retiredOn.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("rule " + id + ": retiredOn must be after effectiveFrom");
        }
    }

    /** Position of the rule in its catalogue, for array lookups on the hot path. */
    int index() {
        return index;
    }

    /**
     * Returns the stable id, for example {@code CERT.GRADE_MISMATCH}. Ids never change meaning.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the domain.
     *
     * @return the domain
     */
    public RuleDomain domain() {
        return domain;
    }

    /**
     * Returns the default severity (a profile may change it).
     *
     * @return the severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Returns the source document, for example {@code GB 11643-1999}, or "SDK data-quality rule".
     *
     * @return the document
     */
    public String document() {
        return document;
    }

    /**
     * Returns the clause or passage of the document.
     *
     * @return the clause
     */
    public String clause() {
        return clause;
    }

    /**
     * Returns the source as one text: document and clause.
     *
     * @return for example {@code GB 11643-1999, 7 (ISO 7064 MOD 11-2 check character)}
     */
    public String source() {
        return document + ", " + clause;
    }

    /**
     * Returns the first day the rule is in force ({@code 1900-01-01} for rules without a start date).
     *
     * @return the date
     */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /**
     * Returns the first day the rule is no longer in force.
     *
     * @return the date, empty while the rule is in force
     */
    public Optional<LocalDate> retiredOn() {
        return Optional.ofNullable(retiredOn);
    }

    /**
     * Returns whether the rule is in force on a date: on or after {@link #effectiveFrom()} and before
     * {@link #retiredOn()}.
     *
     * @param asOf the date
     * @return true if in force
     */
    public boolean isInForce(LocalDate asOf) {
        return !asOf.isBefore(effectiveFrom) && (retiredOn == null || asOf.isBefore(retiredOn));
    }

    /**
     * Returns the confidence of the rule's value.
     *
     * @return the confidence
     */
    public Confidence confidence() {
        return confidence;
    }

    /**
     * Returns the names of the message arguments, in the order issues list them.
     *
     * @return an immutable list
     */
    public List<String> argumentNames() {
        return argumentNames;
    }

    /**
     * Returns the message template in a locale (Chinese for any {@code zh} locale, else English).
     *
     * @param locale the locale
     * @return the template with named arguments in braces
     * @throws IllegalStateException if the bundle lacks the rule (a broken build)
     */
    public String messageTemplate(Locale locale) {
        return MessageRenderer.standard().template(id, locale)
                .orElseThrow(() -> new IllegalStateException("no message for rule " + id));
    }

    /**
     * Compares every field: two rules are equal when they have the same id, place in their catalogue, domain,
     * severity, source, dates, confidence and argument names.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Rule that && index == that.index && id.equals(that.id) && domain == that.domain
                && defaultSeverity == that.defaultSeverity && document.equals(that.document)
                && clause.equals(that.clause) && effectiveFrom.equals(that.effectiveFrom)
                && Objects.equals(retiredOn, that.retiredOn) && confidence == that.confidence
                && argumentNames.equals(that.argumentNames);
    }

    /**
     * Hashes every field {@link #equals} compares.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(index, id, domain, defaultSeverity, document, clause, effectiveFrom, retiredOn, confidence,
                argumentNames);
    }

    @Override
    public String toString() {
        return id + " (" + defaultSeverity + ", " + source() + ")";
    }
}
