package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.id.ForeignPermanentResidenceIdNumber;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.core.id.InvalidIdentifierException.Reason;
import org.disabilitystandards.core.id.ResidencePermitNumber;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.internal.CalendarDates;
import org.disabilitystandards.core.internal.Digits;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.Severity;

/**
 * The state of validating one record: the record, the as-of date, the rules in force, and the identity facts
 * every domain reads, established once when the check is built and final before any rule runs (as a Hibernate
 * Validator validator fixes its state in {@code initialize}): the number the identity rules judge (converted
 * from 15 digits where the profile allows), its kind and its problem, the effective ID number, the birth date
 * and the age on the as-of date. No domain writes state another domain reads, so the order of the domains is
 * no contract. One per record, used by one thread.
 *
 * <p>The birth date comes from a valid ID number of an accepted kind (GB 11643-1999 clause 5.3; the other
 * kinds share the layout), else from the recorded birth date; it is kept as a {@code yyyyMMdd} integer, so
 * establishing the facts allocates nothing for an 18-character number.
 */
final class RecordCheck {

    final PersonRecord record;
    final LocalDate asOf;
    final ProfileParameters parameters;
    private final ActiveRules active;
    private final IssueSink sink;
    private final String edition;

    /** The number the identity rules judge: the recorded one, or its 18-character conversion. */
    final String presentedId;
    /** Whether {@link #presentedId} was converted from 15 digits. */
    final boolean idConverted;
    /** The kind of {@link #presentedId}, from its shape. */
    final IdentifierKind idKind;
    /** Why {@link #presentedId} is not a usable number (KIND: a kind the profile does not accept), or null. */
    final Reason idProblem;
    /** The effective ID number: {@link #presentedId} when it has no problem, else null. */
    final String idNumber;
    /** The birth date as {@code yyyyMMdd}: from the effective ID number, else the recorded one, else NONE. */
    final int birthYmd;
    /** The age in completed years on the as-of date, or -1 when unknown. */
    final int age;
    /** The record's certificate, or null: read once (the model's optional accessors allocate). */
    final Certificate certificate;
    /** The record's household, or null. */
    final Household household;
    /** The recorded birth date, or null. */
    final LocalDate recordedBirthDate;

    /** The month of the as-of date as {@code year * 12 + month - 1}. */
    private final int asOfMonth;
    private int runningBenefits = -1;

    RecordCheck(PersonRecord record, LocalDate asOf, ProfileParameters parameters, ActiveRules active,
            IssueSink sink, String edition) {
        this.record = record;
        this.asOf = asOf;
        this.parameters = parameters;
        this.active = active;
        this.sink = sink;
        this.edition = edition;
        String recorded = record.idNumber();
        String converted = recorded.length() == 15 && parameters.acceptFifteenDigitIds()
                ? ResidentIdNumber.fifteenToEighteen(recorded).orElse(null) : null;
        this.presentedId = converted != null ? converted : recorded;
        this.idConverted = converted != null;
        this.idKind = IdentifierKind.of(presentedId);
        this.idProblem = problem(presentedId, idKind, asOf, parameters);
        this.idNumber = idProblem == null ? presentedId : null;
        this.recordedBirthDate = record.birthDate().orElse(null);
        this.birthYmd = idNumber != null ? Digits.value(idNumber, 6, 8)
                : recordedBirthDate != null ? CalendarDates.ymd(recordedBirthDate) : CalendarDates.NONE;
        this.age = ageOn(asOf);
        this.certificate = record.certificate().orElse(null);
        this.household = record.household().orElse(null);
        this.asOfMonth = month(asOf.getYear(), asOf.getMonthValue());
    }

    /** Checks a number as its kind, once; null when it is valid and of an accepted kind. */
    private static Reason problem(String id, IdentifierKind kind, LocalDate asOf, ProfileParameters parameters) {
        if (kind != IdentifierKind.RESIDENT_ID && !parameters.acceptedIdKinds().contains(kind)) {
            return Reason.KIND;
        }
        Optional<Reason> problem = switch (kind) {
            case RESIDENT_ID -> ResidentIdNumber.check(id, asOf);
            case HMT_RESIDENCE_PERMIT -> ResidencePermitNumber.check(id, asOf);
            case FOREIGN_PERMANENT_RESIDENCE -> ForeignPermanentResidenceIdNumber.check(id, asOf);
        };
        return problem.orElse(null);
    }

    /** Returns whether a rule is in force and switched on. */
    boolean on(Rule rule) {
        return active.severity(rule) != null;
    }

    /**
     * Raises an issue of a rule that is on: the rule's key plus positional values in the order of the rule's
     * argument names (the SDK's one message-argument convention).
     */
    void raise(Rule rule, String path, Object... values) {
        Severity severity = active.severity(rule);
        if (severity != null) {
            sink.accept(issue(rule, severity, path, values, edition));
        }
    }

    /**
     * Raises an issue at {@code prefix[index].field} (for example {@code services[2].date}); the path is built
     * only when the rule is on.
     */
    void raiseAt(Rule rule, String prefix, int index, String field, Object... values) {
        Severity severity = active.severity(rule);
        if (severity != null) {
            sink.accept(issue(rule, severity, prefix + '[' + index + "]." + field, values, edition));
        }
    }

    /**
     * Creates an issue from a rule's key and positional values.
     *
     * @throws IllegalArgumentException if the number of values differs from the rule's arguments
     */
    static Issue issue(Rule rule, Severity severity, String path, Object[] values, String edition) {
        return Issue.ofPositional(rule.id(), severity, path, rule.source(), edition, rule.argumentNames(), values);
    }

    /** Returns whether the birth date is known. */
    boolean birthKnown() {
        return birthYmd != CalendarDates.NONE;
    }

    /** Returns the birth year; only when the birth date is known. */
    int birthYear() {
        return birthYmd / 10000;
    }

    /** Returns whether a date lies before the birth date (false when the birth date is unknown). */
    boolean isBeforeBirth(LocalDate date) {
        return birthKnown() && CalendarDates.ymd(date) < birthYmd;
    }

    /** Returns whether a recorded birth date differs from the established one. */
    boolean differsFromBirthDate(LocalDate date) {
        return CalendarDates.ymd(date) != birthYmd;
    }

    /** Returns the age in completed years on a date, or -1 when the birth date is unknown or later. */
    int ageOn(LocalDate date) {
        return birthKnown() ? CalendarDates.completedYears(birthYmd, CalendarDates.ymd(date)) : -1;
    }

    /** Returns whether a benefit runs in the month of the as-of date (from it, to it or across it). */
    boolean isRunning(Benefit benefit) {
        YearMonth from = benefit.from();
        if (asOfMonth < month(from.getYear(), from.getMonthValue())) {
            return false;
        }
        Optional<YearMonth> to = benefit.to();
        return to.isEmpty() || asOfMonth <= month(to.get().getYear(), to.get().getMonthValue());
    }

    private static int month(int year, int month) {
        return year * 12 + month - 1;
    }

    /** Returns whether a benefit of a type runs in the month of the as-of date. */
    boolean receives(BenefitType type) {
        if (runningBenefits < 0) {
            int mask = 0;
            List<Benefit> benefits = record.benefits();
            for (int i = 0; i < benefits.size(); i++) {
                Benefit benefit = benefits.get(i);
                if (isRunning(benefit)) {
                    mask |= 1 << benefit.type().ordinal();
                }
            }
            runningBenefits = mask;
        }
        return (runningBenefits & 1 << type.ordinal()) != 0;
    }
}
