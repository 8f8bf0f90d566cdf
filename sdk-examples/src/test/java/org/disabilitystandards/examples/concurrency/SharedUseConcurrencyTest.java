package org.disabilitystandards.examples.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.convert.ConversionException;
import org.disabilitystandards.core.convert.GradeConversion;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.convert.GradeSource;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.examples.generate.RecordGenerator;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One converter and one batch validator, each built once and shared by many threads, give the same
 * answers as a single-threaded run.
 */
class SharedUseConcurrencyTest {

    private static final int THREADS = 8;
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final DisabilityNature[] NO_NATURE = {null};

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private <T> List<T> onAllThreads(Callable<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static List<String> convertEverything(GradeConverter converter) {
        List<String> answers = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (SourceSystem system : SourceSystem.values()) {
                for (int grade = system.minGrade() - 1; grade <= system.maxGrade() + 1; grade++) {
                    boolean natures = system == SourceSystem.MILITARY || system == SourceSystem.POLICE;
                    for (DisabilityNature nature : natures ? DisabilityNature.values() : NO_NATURE) {
                        try {
                            GradeSource source = nature == null ? GradeSource.of(system, grade)
                                    : GradeSource.of(system, grade, nature);
                            GradeConversion conversion = converter.convert(source);
                            answers.add(conversion.toString());
                        } catch (ConversionException e) {
                            answers.add(e.ruleId());
                        }
                    }
                }
            }
        }
        return answers;
    }

    @Test
    void oneConverterSharedByManyThreads() throws Exception {
        GradeConverter converter = GradeConverter.standard();
        List<String> expected = convertEverything(converter);
        assertThat(expected).contains("MILITARY.ILLNESS_GRADE", "POLICE.ILLNESS", "SERVICE_GRADE.RANGE");
        for (List<String> answers : onAllThreads(() -> convertEverything(converter))) {
            assertThat(answers).isEqualTo(expected);
        }
    }

    private static byte[] generatedFile() throws IOException {
        StringWriter out = new StringWriter();
        RecordGenerator.builder().seed(5).defectRate(0.2).build().write(3000, out, null);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String run(ExchangeFileValidator validator, byte[] file) throws IOException {
        StringBuilder issues = new StringBuilder();
        BatchSummary summary = validator.validate(new ByteArrayInputStream(file), InputFormat.JSON_LINES,
                new BatchListener() {
                    @Override
                    public void onIssue(Issue issue) {
                        issues.append(issue).append('\n');
                    }
                });
        return summary.records() + " " + summary.validRecords() + " " + summary.rules() + "\n" + issues;
    }

    @Test
    void oneBatchValidatorSharedByManyThreads() throws Exception {
        byte[] file = generatedFile();
        RecordValidator records = RecordValidator.forProfile(Profile.qinghai());
        String expected = run(ExchangeFileValidator.builder(records, AS_OF).threads(1).build(), file);
        assertThat(expected).startsWith("3000 ").contains("FORMAT.");
        ExchangeFileValidator shared = ExchangeFileValidator.builder(records, AS_OF).threads(2).batchLines(64).build();
        for (String result : onAllThreads(() -> run(shared, file))) {
            assertThat(result).isEqualTo(expected);
        }
    }
}
