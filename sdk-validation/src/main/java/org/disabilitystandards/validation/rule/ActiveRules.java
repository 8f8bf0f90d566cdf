package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import org.disabilitystandards.validation.report.Severity;

/**
 * The rules of a profile in force on one as-of date, with their severities: an array indexed by rule
 * position, null for a rule that is off. Immutable once built.
 */
final class ActiveRules {

    final LocalDate asOf;
    private final Severity[] severities;

    private ActiveRules(LocalDate asOf, Severity[] severities) {
        this.asOf = asOf;
        this.severities = severities;
    }

    static ActiveRules of(Profile profile, LocalDate asOf) {
        Severity[] severities = new Severity[profile.catalogue().size()];
        for (Rule rule : profile.catalogue().rules()) {
            if (rule.isInForce(asOf) && !profile.disabledRules().contains(rule.id())) {
                severities[rule.index()] = profile.severityOf(rule);
            }
        }
        return new ActiveRules(asOf, severities);
    }

    Severity severity(Rule rule) {
        return severities[rule.index()];
    }
}
