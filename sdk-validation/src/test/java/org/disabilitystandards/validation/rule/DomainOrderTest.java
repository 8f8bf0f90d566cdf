package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.validation.rule.Records.AS_OF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The identity facts are fixed when a record's check is built, so the rule domains may run in any order: each
 * broken record raises the same issues whether the domains run forwards or backwards.
 */
class DomainOrderTest {

    static Stream<BrokenRecords.Case> cases() {
        return BrokenRecords.cases().stream();
    }

    private static List<String> run(Profile profile, PersonRecord record, boolean reversed) {
        List<DomainRules> domains = new ArrayList<>(Arrays.asList(
                RecordValidator.domains(profile, AdministrativeDivisions.bundled(), null)));
        if (reversed) {
            Collections.reverse(domains);
        }
        List<String> raised = new ArrayList<>();
        RecordCheck check = new RecordCheck(record, AS_OF, profile.parameters(), ActiveRules.of(profile, AS_OF),
                (Issue issue) -> raised.add(issue.toString()), profile.catalogue().edition());
        for (DomainRules domain : domains) {
            domain.check(check);
        }
        Collections.sort(raised);
        return raised;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDomainsGiveTheSameIssuesInEitherOrder(BrokenRecords.Case c) {
        List<String> forwards = run(c.profile(), c.record(), false);
        assertThat(forwards).isNotEmpty();
        assertThat(run(c.profile(), c.record(), true)).isEqualTo(forwards);
    }
}
