package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Injects {@link Error}s (an {@link OutOfMemoryError} as the JVM would throw it) into every thread of a batch
 * run, at several points of the file: the source (the reading thread), a worker, and the listener (the
 * calling thread). Each run must end with the error reaching the caller, within a bound (no hang), and with no
 * thread of the pipeline still alive, and the caller's stream must not be read after {@code validate} ends.
 */
class PipelineFaultInjectionTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int RECORDS = 400;

    @org.junit.jupiter.api.Test
    void theInputIsLongerThanTheLastInjectionPoint() {
        assertThat(input().length).isGreaterThan(40_000);
    }

    private static byte[] input() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= RECORDS; n++) {
            text.append(TestRecords.json(n)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> pipelineThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("dsds-batch-")).collect(Collectors.toSet());
    }

    private static ExchangeFileValidator validator(int threads) {
        return ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF).threads(threads).batchLines(7)
                .build();
    }

    /** A stream that throws an Error after a number of bytes, and remembers reads after the run. */
    private static final class FailingStream extends InputStream {
        private final InputStream data = new ByteArrayInputStream(input());
        private final long failAt;
        private long read;
        final AtomicBoolean closedForReading = new AtomicBoolean();
        final AtomicInteger readsAfterEnd = new AtomicInteger();

        FailingStream(long failAt) {
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (closedForReading.get()) {
                readsAfterEnd.incrementAndGet();
            }
            if (read >= failAt) {
                throw new OutOfMemoryError("injected: source");
            }
            int n = data.read(buffer, offset, (int) Math.min(length, Math.max(1, failAt - read)));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 5, 300, 20_000, 40_000})
    void anErrorFromTheSourceReachesTheCallerAndNoThreadIsLeft(long failAt) {
        for (int threads : new int[] {1, 2, 4}) {
            FailingStream in = new FailingStream(failAt);
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(
                    () -> validator(threads).validate(in, InputFormat.JSON_LINES, new BatchListener() { }))
                    .isInstanceOf(OutOfMemoryError.class).hasMessage("injected: source"));
            in.closedForReading.set(true);
            assertThat(pipelineThreads()).isEmpty();
            assertThat(in.readsAfterEnd).hasValue(0);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 17, 200, RECORDS})
    void anErrorFromAWorkerReachesTheCallerAndNoThreadIsLeft(int failingLine) {
        for (int threads : new int[] {1, 2, 4}) {
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> OrderedPipeline.run(
                    new SplitSource(input()), batch -> {
                        if (batch.lineNumbers[0] <= failingLine && failingLine <= batch.lineNumbers[batch.count - 1]) {
                            throw new OutOfMemoryError("injected: worker");
                        }
                        return batch;
                    }, batch -> { }, threads, threads * 4))
                    .isInstanceOf(OutOfMemoryError.class).hasMessage("injected: worker"));
            assertThat(pipelineThreads()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"issue:1", "issue:150", "record:1", "record:399", "progress:1", "progress:20"})
    void anErrorFromTheListenerReachesTheCallerAndNoThreadIsLeft(String point) {
        String where = point.substring(0, point.indexOf(':'));
        int at = Integer.parseInt(point.substring(point.indexOf(':') + 1));
        for (int threads : new int[] {1, 2, 4}) {
            AtomicInteger calls = new AtomicInteger();
            BatchListener listener = new BatchListener() {
                @Override
                public void onIssue(Issue issue) {
                    hit("issue");
                }

                @Override
                public void onRecord(long line, PersonRecord record) {
                    hit("record");
                }

                @Override
                public void onProgress(long records, long bytesRead) {
                    hit("progress");
                }

                private void hit(String kind) {
                    if (kind.equals(where) && calls.incrementAndGet() == at) {
                        throw new OutOfMemoryError("injected: listener");
                    }
                }
            };
            // every record has an issue (an unknown field), so that onIssue is called on each line
            byte[] data = new String(input(), StandardCharsets.UTF_8).replace("{", "{\"zz\":1,")
                    .getBytes(StandardCharsets.UTF_8);
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> validator(threads)
                    .validate(new ByteArrayInputStream(data), InputFormat.JSON_LINES, listener))
                    .isInstanceOf(OutOfMemoryError.class).hasMessage("injected: listener"));
            assertThat(pipelineThreads()).isEmpty();
        }
    }

    /** Batches of 7 lines of a byte array, as the validator's own source packs them. */
    private static final class SplitSource implements OrderedPipeline.Source<LineBatch> {
        private final org.disabilitystandards.core.internal.LineSplitter splitter;

        SplitSource(byte[] data) {
            splitter = new org.disabilitystandards.core.internal.LineSplitter(new ByteArrayInputStream(data), 1 << 16);
        }

        @Override
        public LineBatch next() throws IOException {
            LineBatch batch = new LineBatch(7, 4096);
            while (batch.count < 7 && splitter.advance()) {
                batch.add(splitter.lineNumber(), splitter.buffer(), splitter.length(), splitter.isTooLong());
            }
            return batch.count == 0 ? null : batch;
        }
    }
}
