package org.disabilitystandards.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.disabilitystandards.core.id.ResidentIdNumber;
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

/**
 * Throughput of {@link ResidentIdNumber#parse(CharSequence, LocalDate)} on valid numbers (docs/performance.md:
 * over 10 million per second on one core). The numbers cycle through 1024 distinct valid values so that
 * neither the JIT nor the branch predictor sees a constant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IdentifierBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final int COUNT = 1024;

    private final String[] numbers = new String[COUNT];
    private int next;

    /** Builds the valid numbers: region 630102, birth dates over 1940-2020, sequence numbers 1-999. */
    @Setup
    public void setUp() {
        LocalDate first = LocalDate.of(1940, 1, 1);
        for (int i = 0; i < COUNT; i++) {
            LocalDate birth = first.plusDays(i * 29L);
            String body = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), 1 + i % 999);
            numbers[i] = body + ResidentIdNumber.checkCharacter(body);
        }
    }

    /**
     * Parses the next number strictly.
     *
     * @return the parsed number (consumed by JMH)
     */
    @Benchmark
    public ResidentIdNumber parse() {
        String text = numbers[next];
        next = (next + 1) & (COUNT - 1);
        return ResidentIdNumber.parse(text, AS_OF);
    }
}
