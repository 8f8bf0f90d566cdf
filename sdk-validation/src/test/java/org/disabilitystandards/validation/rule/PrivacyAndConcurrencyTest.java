package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.validation.rule.Records.AS_OF;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class PrivacyAndConcurrencyTest {

    @Test
    void noRenderedMessageOrArgumentHoldsAFullIdNumberOrAName() {
        MessageRenderer renderer = MessageRenderer.standard();
        int rendered = 0;
        for (BrokenRecords.Case c : BrokenRecords.cases()) {
            PersonRecord record = c.record();
            List<String> secrets = new ArrayList<>(List.of(record.name(), Records.ADULT_ID, Records.CHILD_ID,
                    Records.OTHER_ID));
            if (record.idNumber().length() >= 15) {
                secrets.add(record.idNumber());
            }
            record.certificate().ifPresent(cert -> secrets.add(cert.number()));
            for (Issue issue : RecordValidator.forProfile(c.profile()).validate(record, AS_OF).issues()) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    String text = renderer.render(issue, locale) + " " + issue.arguments() + " " + issue;
                    rendered++;
                    for (String secret : secrets) {
                        assertThat(text).as(c.ruleId()).doesNotContain(secret);
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThanOrEqualTo(2 * BrokenRecords.cases().size());
    }

    @Test
    void oneValidatorSharedByManyThreadsGivesIdenticalReports() throws Exception {
        RecordValidator validator = RecordValidator.forProfile(Profile.qinghai());
        List<PersonRecord> records = new ArrayList<>();
        for (BrokenRecords.Case c : BrokenRecords.cases()) {
            records.add(c.record());
        }
        records.add(Records.adult());
        records.add(Records.child());
        List<ValidationReport> expected = new ArrayList<>();
        for (PersonRecord record : records) {
            expected.add(validator.validate(record, AS_OF));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ValidationReport>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t;
                futures.add(pool.submit(() -> {
                    List<ValidationReport> reports = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        // alternate as-of dates so that the cached rule selection is replaced concurrently
                        if ((round + shift) % 3 == 0) {
                            validator.validate(records.get(0), AS_OF.minusYears(5));
                        }
                        for (PersonRecord record : records) {
                            reports.add(validator.validate(record, AS_OF));
                        }
                    }
                    return reports;
                }));
            }
            for (Future<List<ValidationReport>> future : futures) {
                List<ValidationReport> reports = future.get();
                for (int i = 0; i < reports.size(); i++) {
                    assertThat(reports.get(i)).isEqualTo(expected.get(i % records.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
