package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.Severity;

/**
 * The state of validating one record: the record, the as-of date, the rules in force and the facts the
 * identity rules establish for the others (the effective ID number and the birth date). One per record,
 * used by one thread.
 */
final class RecordCheck {

    final PersonRecord record;
    final LocalDate asOf;
    final ProfileParameters parameters;
    private final ActiveRules active;
    private final IssueSink sink;
    private final String edition;

    /** The 18-character ID number when valid (converted from 15 digits where allowed), else null. */
    String idNumber;
    /** The birth date from a valid ID number, else the recorded one, else null. */
    LocalDate birthDate;

    private YearMonth asOfMonth;
    private int runningBenefits = -1;

    RecordCheck(PersonRecord record, LocalDate asOf, ProfileParameters parameters, ActiveRules active,
            IssueSink sink, String edition) {
        this.record = record;
        this.asOf = asOf;
        this.parameters = parameters;
        this.active = active;
        this.sink = sink;
        this.edition = edition;
    }

    /** Returns whether a rule is in force and switched on. */
    boolean on(Rule rule) {
        return active.severity(rule) != null;
    }

    /**
     * Raises an issue of a rule that is on; values are given in the order of the rule's argument names.
     */
    void raise(Rule rule, String path, Object... values) {
        Severity severity = active.severity(rule);
        if (severity != null) {
            sink.accept(issue(rule, severity, path, values, edition));
        }
    }

    static Issue issue(Rule rule, Severity severity, String path, Object[] values, String edition) {
        List<String> names = rule.argumentNames();
        if (names.size() != values.length) {
            throw new IllegalStateException("rule " + rule.id() + " takes " + names + ", got " + values.length
                    + " values");
        }
        Map<String, Object> arguments = new LinkedHashMap<>(values.length * 2);
        for (int i = 0; i < values.length; i++) {
            arguments.put(names.get(i), values[i]);
        }
        return Issue.of(rule.id(), severity, path, arguments, rule.source(), edition);
    }

    /** Returns the age in completed years on a date, or -1 when the birth date is unknown or later. */
    int ageOn(LocalDate date) {
        if (birthDate == null || date.isBefore(birthDate)) {
            return -1;
        }
        int age = date.getYear() - birthDate.getYear();
        if (date.getMonthValue() < birthDate.getMonthValue()
                || date.getMonthValue() == birthDate.getMonthValue() && date.getDayOfMonth() < birthDate.getDayOfMonth()) {
            age--;
        }
        return age;
    }

    /** Returns whether a benefit runs in the month of the as-of date (from it, to it or across it). */
    boolean isRunning(Benefit benefit) {
        if (asOfMonth == null) {
            asOfMonth = YearMonth.from(asOf);
        }
        return !asOfMonth.isBefore(benefit.from())
                && (benefit.to().isEmpty() || !asOfMonth.isAfter(benefit.to().get()));
    }

    /** Returns whether a benefit of a type runs in the month of the as-of date. */
    boolean receives(BenefitType type) {
        if (runningBenefits < 0) {
            int mask = 0;
            for (Benefit benefit : record.benefits()) {
                if (isRunning(benefit)) {
                    mask |= 1 << benefit.type().ordinal();
                }
            }
            runningBenefits = mask;
        }
        return (runningBenefits & 1 << type.ordinal()) != 0;
    }

    /** Returns the age on the as-of date, or -1 when unknown. */
    int age() {
        return ageOn(asOf);
    }
}
