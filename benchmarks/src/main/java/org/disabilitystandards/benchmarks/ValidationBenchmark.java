package org.disabilitystandards.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the validation path on the bundled synthetic sample (300 records, Qinghai profile, as of
 * 2025-12-31): grading one assessment (GB/T 26341-2010), reading one line, validating one parsed record, and
 * a whole batch through {@link ExchangeFileValidator} on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final String SAMPLE = "/org/disabilitystandards/examples/sample/sample.jsonl";

    private final RecordValidator validator = RecordValidator.forProfile(Profile.qinghai());
    private final PersonRecordReader reader = PersonRecordReader.standard();
    private final Gb26341Grading grading = Gb26341Grading.standard();
    private final List<byte[]> lines = new ArrayList<>();
    private final List<PersonRecord> records = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private byte[] sample;
    private ExchangeFileValidator oneThread;
    private int next;

    /**
     * Loads the sample and parses it once.
     *
     * @throws IOException if the sample is missing
     */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = ValidationBenchmark.class.getResourceAsStream(SAMPLE)) {
            sample = in.readAllBytes();
        }
        for (String line : new String(sample, StandardCharsets.UTF_8).split("\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            lines.add(bytes);
            reader.read(bytes, 0, bytes.length).record().ifPresent(record -> {
                records.add(record);
                assessments.addAll(record.assessments());
            });
        }
        oneThread = ExchangeFileValidator.builder(validator, AS_OF).threads(1).build();
    }

    /**
     * Grades the next assessment of the sample for a 40-year-old.
     *
     * @return the grading result
     */
    @Benchmark
    public GradingResult gradeOneAssessment() {
        Assessment assessment = assessments.get(next++ % assessments.size());
        return grading.grade(assessment, 40);
    }

    /**
     * Reads the next line of the sample into a record.
     *
     * @return the read result
     */
    @Benchmark
    public Object readOneLine() {
        byte[] line = lines.get(next++ % lines.size());
        return reader.read(line, 0, line.length);
    }

    /**
     * Validates the next parsed record of the sample, streaming its issues into the black hole.
     *
     * @param hole the black hole
     */
    @Benchmark
    public void validateOneRecord(Blackhole hole) {
        validator.validate(records.get(next++ % records.size()), AS_OF, hole::consume);
    }

    /**
     * Validates the whole sample (300 lines) as a file on one thread; divide the score by 300 for records.
     *
     * @return the summary
     * @throws IOException never (in-memory input)
     */
    @Benchmark
    public BatchSummary validateSampleBatch() throws IOException {
        return oneThread.validate(new ByteArrayInputStream(sample), InputFormat.JSON_LINES, BatchListener.NONE);
    }
}
