package org.disabilitystandards.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.examples.generate.GeneratedRecord;
import org.disabilitystandards.examples.generate.RecordGenerator;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.IssueSink;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one call costs an embedder (issue 13, docs/performance.md): the Qinghai profile as of 2025-12-31 on
 * the records of the end-to-end benchmark's generator ({@code dsds generate --seed 1 --defect-rate 0.05}),
 * without the JSON reader for the per-record figures.
 *
 * <ul>
 *   <li>{@code cleanRecordToSink}: one typical record that has no issue at all (the first such generated
 *       record), through {@link RecordValidator#validate(PersonRecord, LocalDate, IssueSink)}; with
 *       {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per record;</li>
 *   <li>{@code cleanRecordToReport}: the same record through
 *       {@link RecordValidator#validate(PersonRecord, LocalDate)}, which builds a {@link ValidationReport};</li>
 *   <li>{@code mixedRecordToSink}: the 10 000 generated records in turn (5 % with a defect, INFO findings
 *       on many), the average cost of a record of a real file;</li>
 *   <li>{@code fileOf10000Records}: the 10 000 records as JSON Lines bytes in memory through
 *       {@link ExchangeFileValidator} (reader, rules, duplicate detection, ordered issues), with 1 and 2
 *       worker threads; divide by 10 000 for a record.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar EmbeddedCostBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbeddedCostBenchmark {

    private static final int RECORDS = 10_000;
    private static final LocalDate AS_OF = RecordGenerator.DEFAULT_AS_OF;

    private final RecordValidator validator = RecordValidator.forProfile(Profile.qinghai());
    private final List<PersonRecord> records = new ArrayList<>(RECORDS);
    private final CountingSink sink = new CountingSink();
    private PersonRecord clean;
    private int next;

    /** Counts the issues it is given, so that the validation cannot be optimized away. */
    static final class CountingSink implements IssueSink {
        private int count;

        @Override
        public void accept(Issue issue) {
            count++;
        }
    }

    /** The in-memory file and its validator, per worker-thread count. */
    @State(Scope.Thread)
    public static class InMemoryFile {

        /** Worker threads of the file validator. */
        @Param({"1", "2"})
        public int threads;

        private byte[] file;
        private ExchangeFileValidator fileValidator;

        /** Generates the file once. */
        @Setup(Level.Trial)
        public void setUp() {
            StringBuilder lines = new StringBuilder(RECORDS * 800);
            for (GeneratedRecord generated : generate()) {
                lines.append(generated.json()).append('\n');
            }
            file = lines.toString().getBytes(StandardCharsets.UTF_8);
            fileValidator = ExchangeFileValidator.builder(RecordValidator.forProfile(Profile.qinghai()), AS_OF)
                    .threads(threads).build();
        }
    }

    /** The generated lines of the end-to-end benchmark's file, first 10 000. */
    static List<GeneratedRecord> generate() {
        RecordGenerator generator = RecordGenerator.builder().seed(1).defectRate(0.05).build();
        List<GeneratedRecord> lines = new ArrayList<>(RECORDS);
        for (long line = 1; line <= RECORDS; line++) {
            lines.add(generator.generate(line));
        }
        return lines;
    }

    /** Generates the records once and picks the clean one. */
    @Setup(Level.Trial)
    public void setUp() {
        for (GeneratedRecord generated : generate()) {
            generated.record().ifPresent(record -> {
                records.add(record);
                if (clean == null && validator.validate(record, AS_OF).isEmpty()) {
                    clean = record;
                }
            });
        }
        if (clean == null) {
            throw new IllegalStateException("no generated record without issues");
        }
    }

    /**
     * Validates the clean record into a counting sink.
     *
     * @return the number of issues so far
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int cleanRecordToSink() {
        validator.validate(clean, AS_OF, sink);
        return sink.count;
    }

    /**
     * Validates the clean record into a report.
     *
     * @return the report
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ValidationReport cleanRecordToReport() {
        return validator.validate(clean, AS_OF);
    }

    /**
     * Validates the next of the 10 000 generated records into a counting sink.
     *
     * @return the number of issues so far
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int mixedRecordToSink() {
        validator.validate(records.get(next++ % records.size()), AS_OF, sink);
        return sink.count;
    }

    /**
     * Validates the 10 000 lines as one in-memory JSON Lines file.
     *
     * @param in the file and its validator
     * @return the summary
     * @throws IOException never (in-memory input)
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BatchSummary fileOf10000Records(InMemoryFile in) throws IOException {
        return in.fileValidator.validate(new ByteArrayInputStream(in.file), InputFormat.JSON_LINES,
                BatchListener.NONE);
    }
}
