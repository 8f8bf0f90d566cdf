package org.disabilitystandards.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The calls of {@link EmbeddedCostBenchmark} timed in CPU time of the calling thread instead of wall time,
 * for a machine shared with other work (docs/performance.md, round 5): on two cores under a load of 20, JMH's
 * wall-clock scores vary by a factor of several, while the CPU time a thread spends on a call does not
 * depend on how long it waited for a core. Each call is first repeated for {@code warmUpSeconds} of wall time
 * (JIT), then {@code rounds} times for {@code measureSeconds} each; prints one JSON line per call with the
 * CPU nanoseconds per call of each round. The file call runs with one worker thread, on the calling thread.
 */
public final class CpuCostProbe {

    /** Calls of one record between two readings of the clock. */
    private static final int BATCH = 16;

    private CpuCostProbe() {
    }

    /** One measured call; returns something so that it is not optimized away. */
    @FunctionalInterface
    private interface Call {
        Object run() throws IOException;
    }

    /**
     * Runs the probe.
     *
     * @param args optional: warm-up seconds (default 20), measure seconds per round (default 5), rounds
     *             (default 3)
     * @throws IOException never (in-memory input)
     */
    public static void main(String[] args) throws IOException {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int measure = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        EmbeddedCostBenchmark benchmark = new EmbeddedCostBenchmark();
        benchmark.setUp();
        EmbeddedCostBenchmark.InMemoryFile file = new EmbeddedCostBenchmark.InMemoryFile();
        file.threads = 1;
        file.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] timing = {warmUp, measure, rounds};
        probe("cleanRecordToSink", benchmark::cleanRecordToSink, BATCH, threads, timing);
        probe("cleanRecordToReport", benchmark::cleanRecordToReport, BATCH, threads, timing);
        probe("mixedRecordToSink", benchmark::mixedRecordToSink, BATCH, threads, timing);
        probe("fileOf10000Records(threads=1)", () -> benchmark.fileOf10000Records(file), 1, threads, timing);
    }

    /** Warms the call up, then prints its CPU time per call; timing: warm-up s, measure s, rounds. */
    private static void probe(String name, Call call, int batch, ThreadMXBean threads, int[] timing)
            throws IOException {
        int sink = 0;
        long until = System.nanoTime() + timing[0] * 1_000_000_000L;
        while (System.nanoTime() < until) {
            sink += call.run().hashCode() & 1;
        }
        StringBuilder line = new StringBuilder("{\"call\":\"").append(name).append("\",\"cpuNanosPerCall\":[");
        for (int r = 0; r < timing[2]; r++) {
            long calls = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            until = System.nanoTime() + timing[1] * 1_000_000_000L;
            while (System.nanoTime() < until) {
                for (int i = 0; i < batch; i++) {
                    sink += call.run().hashCode() & 1;
                }
                calls += batch;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            line.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", (double) cpu / calls));
        }
        System.out.println(line.append("],\"check\":").append(sink).append('}'));
    }
}
