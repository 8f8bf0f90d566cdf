package org.disabilitystandards.examples;

import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Guide section "Validate one record and read the report": a synthetic record with an expired certificate
 * and an assessment whose recorded grade disagrees with its measurement, validated under the Qinghai
 * profile; the report's issues, severities and paths, and the messages in zh-CN and en.
 */
public final class ValidateRecordExample {

    /** The as-of date of the example. */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** Build once, share everywhere: the validator is immutable and thread-safe. */
    private static final RecordValidator VALIDATOR = RecordValidator.forProfile(Profile.qinghai());

    private ValidateRecordExample() {
    }

    /**
     * Runs the example and prints what {@link #run()} returns.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * The record of the example: a hearing certificate, grade 2, issued 2014-03-01 (expired 2024-02-28),
     * and a hearing assessment that records grade 2 for an average loss of 75 dB HL (grade 3 under
     * GB/T 26341-2010 5.3).
     *
     * @return the record
     */
    static PersonRecord record() {
        LocalDate issued = LocalDate.of(2014, 3, 1);
        return SyntheticPeople.holder("R-1", "63010219800512002", DisabilityCategory.HEARING,
                        DisabilityGrade.of(2), issued)
                .addAssessments(Assessment.builder()
                        .category(DisabilityCategory.HEARING)
                        .assessedOn(issued.minusMonths(1))
                        .grade(DisabilityGrade.of(2))
                        .measurements(Measurements.builder().averageLossDbHl(75).build())
                        .build())
                .build();
    }

    /**
     * Validates {@link #record()} and describes the report.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        // [validate]
        ValidationReport report = VALIDATOR.validate(record(), AS_OF);
        out.add("errors " + report.count(Severity.ERROR) + ", warnings " + report.count(Severity.WARNING)
                + ", hasErrors " + report.hasErrors());
        MessageRenderer messages = MessageRenderer.standard();
        for (Issue issue : report.issues()) {
            out.add(issue.severity() + " " + issue.ruleId() + " at " + issue.path());
            out.add("  zh-CN: " + messages.render(issue, Locale.SIMPLIFIED_CHINESE));
            out.add("  en:    " + messages.render(issue, Locale.ENGLISH));
            out.add("  source: " + issue.source());
        }
        // [/validate]
        return out.toString();
    }
}
