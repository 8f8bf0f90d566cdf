package org.disabilitystandards.validation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Fuzz test of reading and validating one exchange line (seed corpus under
 * {@code RecordValidatorFuzzTestInputs}; see docs/fuzzing.md). Properties: no exception escapes the reader
 * or the validator for any bytes and any as-of date; every issue names a rule of the catalogue; no
 * rendered message contains the record's (Chinese) name or its ID number, and messages stay short.
 */
class RecordValidatorFuzzTest {

    private static final PersonRecordReader READER = PersonRecordReader.standard();
    private static final RecordValidator QINGHAI = RecordValidator.forProfile(Profile.qinghai());
    private static final RecordValidator NATIONAL = RecordValidator.forProfile(Profile.national());
    private static final MessageRenderer RENDERER = MessageRenderer.standard();

    @FuzzTest(maxDuration = "60s")
    void readAndValidate(FuzzedDataProvider data) {
        LocalDate asOf = LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2035, 12, 31).toEpochDay()));
        boolean qinghai = data.consumeBoolean();
        byte[] line = data.consumeRemainingAsBytes();
        RecordReadResult read = READER.read(line, 0, line.length);
        RecordValidator validator = qinghai ? QINGHAI : NATIONAL;
        for (ReadProblem problem : read.problems()) {
            checkIssue(validator.formatIssue(problem), null);
        }
        if (read.record().isPresent()) {
            PersonRecord record = read.record().get();
            ValidationReport report = validator.validate(record, asOf);
            for (Issue issue : report.issues()) {
                checkIssue(issue, record);
            }
        }
    }

    private static void checkIssue(Issue issue, PersonRecord record) {
        assertThat(Profile.national().catalogue().find(issue.ruleId())).as(issue.ruleId()).isPresent();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String message = RENDERER.render(issue, locale);
            if (record != null) {
                if (record.name().length() >= 2 && record.name().codePoints().anyMatch(Character::isIdeographic)) {
                    assertThat(message).doesNotContain(record.name());
                }
                if (record.idNumber().length() >= 15) {
                    assertThat(message).doesNotContain(record.idNumber());
                }
            }
            assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThan(2000);
        }
    }
}
