package org.disabilitystandards.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.disabilitystandards.core.id.PersonalDataPolicy;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * The single-machine reference: {@link ExchangeFileValidator} over a file, with the issues written as the
 * command line's {@code --issues} file writes them (ID number masked, only for lines with a readable record)
 * and, optionally, an {@link IndicatorAccumulator} fed with every record it hands on.
 */
final class SingleMachine {

    /** The issues as comparable text, the summary and the indicator pass. */
    record Result(List<String> issues, BatchSummary summary, IndicatorAccumulator indicators) {
    }

    private SingleMachine() {
    }

    static Result validate(Path file, String profile, LocalDate asOf, String source, IndicatorAccumulator indicators)
            throws IOException {
        ExchangeFileValidator validator = ExchangeFileValidator.builder(
                RecordValidator.forProfile(Profile.byName(profile)), asOf).threads(2).build();
        List<Issue> issues = new ArrayList<>();
        Map<Long, String> shownIds = new HashMap<>();
        BatchSummary summary = validator.validate(file, new BatchListener() {
            @Override
            public void onIssue(Issue issue) {
                issues.add(issue);
            }

            @Override
            public void onRecord(long line, PersonRecord record) {
                shownIds.put(line, PersonalDataPolicy.MASKED.show(record.idNumber()));
                if (indicators != null) {
                    indicators.accept(record);
                }
            }
        });
        MessageRenderer messages = MessageRenderer.standard();
        List<String> texts = new ArrayList<>();
        for (Issue issue : issues) {
            long line = issue.line().orElse(0);
            Map<String, String> arguments = new TreeMap<>();
            issue.arguments().forEach((name, value) -> arguments.put(name, String.valueOf(value)));
            texts.add(text(source, line, issue.recordId().orElse(null), shownIds.get(line), issue.ruleId(),
                    issue.severity().name(), issue.path(), messages.render(issue, Locale.ENGLISH), arguments));
        }
        texts.sort(null);
        return new Result(texts, summary, indicators);
    }

    static IndicatorAccumulator indicatorPass(LocalDate asOf) {
        return IndicatorCalculator.of(IndicatorProfile.byName("qinghai")).start(asOf);
    }

    static IndicatorAccumulator indicatorPass(LocalDate asOf, Breakdown breakdown) {
        return IndicatorCalculator.of(IndicatorProfile.byName("qinghai")).start(asOf, breakdown);
    }

    /**
     * Renders Spark issue rows as the same comparable text.
     *
     * @param rows rows of the issues Dataset
     * @return sorted texts
     */
    static List<String> texts(List<Row> rows) {
        List<String> texts = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> arguments = new TreeMap<>(scala.jdk.javaapi.CollectionConverters.asJava(
                    row.<scala.collection.Map<String, String>>getAs("arguments")));
            texts.add(text(row.getAs("file"), row.<Long>getAs("line"), row.getAs("recordId"), row.getAs("idNumber"),
                    row.getAs("rule"), row.getAs("severity"), row.getAs("path"), row.getAs("message"), arguments));
        }
        texts.sort(null);
        return texts;
    }

    private static String text(String file, long line, String recordId, String idNumber, String rule, String severity,
            String path, String message, Map<String, String> arguments) {
        return String.join("|", String.valueOf(file), String.format(Locale.ROOT, "%08d", line),
                String.valueOf(recordId), String.valueOf(idNumber), rule, severity, String.valueOf(path), message,
                arguments.toString());
    }
}
