package org.disabilitystandards.validation.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import org.disabilitystandards.core.internal.LineSplitter;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Validates whole exchange files (exchange format version 1, JSON Lines or the CSV flavour) with a
 * {@link RecordValidator}: streaming in constant memory, in parallel, with ordered and reproducible output.
 *
 * <p>How a run works: one reading thread splits the input into lines ({@link LineSplitter}: BOM, CRLF,
 * overlong lines) and packs them into batches; worker threads read and validate the records of a batch;
 * the calling thread takes the results strictly in file order, finds duplicate record ids and persons,
 * passes every issue to the {@link BatchListener} and counts. At most a few batches per thread are in
 * flight, and the duplicate tables of record ids and ID numbers hold a bounded number of keys in memory
 * ({@link Builder#duplicateKeysInMemory}); beyond it they spill sorted runs to temporary files in
 * {@link Builder#spillDirectory}, keeping about 1.3 bytes per spilled key in memory, and delete the files when
 * the run ends. So memory does not grow with the file beyond that. The issues and their order do not depend on
 * the number of threads or on spilling.
 *
 * <p>Nothing is lost: every non-blank line is a record, malformed ones included (FORMAT issues), and a bad
 * line never stops the file. Hostile input (huge lines, deep nesting, long strings, invalid UTF-8, binary
 * garbage) becomes FORMAT issues within the {@link ReadLimits}. Only a failure to read the input stops a run.
 * Input that holds no record (empty, blank lines only, a CSV header alone) gives one file-level FORMAT issue;
 * so does input in UTF-16 or UTF-32 (by its byte order mark or its NUL bytes), whose records are not read;
 * a CSV file whose first row names no column of the format is reported as lacking its header row, and its
 * rows are not read as records.
 *
 * <p>Failures of the run itself (the input cannot be read, a listener throws, the JVM runs out of memory on
 * any thread of the run) reach the caller of {@code validate}; when {@code validate} returns or throws, the
 * run's threads have ended and the caller's stream is no longer read.
 *
 * <p>Immutable and thread-safe; build it once and share it. Each {@code validate} call is an independent run.
 */
public final class ExchangeFileValidator {

    /** Default number of lines per batch. */
    public static final int DEFAULT_BATCH_LINES = 1024;

    /**
     * Default number of keys each duplicate table (record ids, ID numbers) holds in memory before it spills
     * a run to a temporary file: about 32 MB per table (2^21 slots of a 64-bit key and a 64-bit line).
     */
    public static final int DEFAULT_DUPLICATE_KEYS_IN_MEMORY = SpillingFirstSeenTable.DEFAULT_KEYS_IN_MEMORY;

    /**
     * A batch closes at this many bytes of lines: well below half of the smallest G1 region (1 MiB), so
     * that batch arrays are never humongous allocations.
     */
    private static final int BATCH_BYTES = 256 * 1024;
    private static final int FIRST_BATCH_BYTES = 64 * 1024;
    private static final int BATCHES_PER_THREAD = 4;

    private final RecordValidator validator;
    private final LocalDate asOf;
    private final int threads;
    private final int batchLines;
    private final int duplicateKeysInMemory;
    private final Path spillDirectory;
    private final PersonRecordReader reader;

    private ExchangeFileValidator(Builder builder) {
        this.validator = builder.validator;
        this.asOf = builder.asOf;
        this.threads = builder.threads;
        this.batchLines = builder.batchLines;
        this.duplicateKeysInMemory = builder.duplicateKeysInMemory;
        this.spillDirectory = builder.spillDirectory;
        this.reader = PersonRecordReader.withLimits(builder.limits);
    }

    /**
     * Starts a builder.
     *
     * @param validator the record validator (its profile decides the rules)
     * @param asOf      the date whose rules apply and against which dates and ages are judged
     * @return a builder with all cores, {@link #DEFAULT_BATCH_LINES}, {@link ReadLimits#defaults()},
     *         {@link #DEFAULT_DUPLICATE_KEYS_IN_MEMORY} and the directory {@code java.io.tmpdir}
     */
    public static Builder builder(RecordValidator validator, LocalDate asOf) {
        return new Builder(validator, asOf);
    }

    /**
     * Validates a file; the flavour follows the file name ({@link InputFormat#forFileName}).
     *
     * @param file     the file
     * @param listener receives issues and progress, on the calling thread
     * @return the summary
     * @throws IOException if the file cannot be read, or a duplicate table cannot write or read its temporary
     *                     file in the spill directory
     */
    public BatchSummary validate(Path file, BatchListener listener) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, InputFormat.forFileName(file.getFileName().toString()), listener);
        }
    }

    /**
     * Validates a stream (for example standard input). The stream is read to its end (unless refused as not
     * UTF-8), not closed, and never read again once this method has returned.
     *
     * @param in       the input, UTF-8
     * @param format   the flavour
     * @param listener receives issues and progress, on the calling thread
     * @return the summary
     * @throws UnreadableInputException if the input starts like a binary format (a workbook, a zip archive,
     *                                  a legacy .xls, PDF, gzip, NUL bytes): refused before any line is read
     * @throws IOException if the input cannot be read, or a duplicate table cannot write or read its temporary
     *                     file in the spill directory
     */
    public BatchSummary validate(InputStream in, InputFormat format, BatchListener listener) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        CountingStream counting = new CountingStream(InputSignature.check(in));
        ReadProblem.Kind formatKind = format == InputFormat.CSV ? ReadProblem.Kind.MALFORMED_CSV
                : ReadProblem.Kind.MALFORMED_JSON;
        try (Emitter emitter = new Emitter(validator, listener, duplicateKeysInMemory, spillDirectory, asOf)) {
            String encoding = InputEncoding.refusedEncoding(counting.peek(InputEncoding.SNIFF_BYTES));
            if (encoding != null) {
                emitter.fileIssues(fileIssue(formatKind, 1, FormatReason.REFUSED_ENCODING, encoding));
                return emitter.summary(Duration.ofNanos(System.nanoTime() - start));
            }
            LineSplitter splitter = new LineSplitter(counting, reader.limits().maxLineBytes());
            CsvLayout layout = format == InputFormat.CSV ? readHeader(splitter, emitter) : null;
            boolean headerless = layout != null && layout.isHeaderless();
            if (!headerless) {
                // line buffers of validated batches, reused by the reading thread: at most one per batch in flight
                Queue<byte[]> spare = new ArrayBlockingQueue<>(threads * BATCHES_PER_THREAD + threads + 1);
                BatchWorker worker = new BatchWorker(reader, validator, asOf, layout, spare);
                OrderedPipeline.run(new BatchSource(splitter, counting, spare), worker, emitter, threads,
                        threads * BATCHES_PER_THREAD);
            }
            if (!headerless && emitter.records() == 0) {
                emitter.fileIssues(fileIssue(formatKind, Math.max(1, splitter.lineNumber()),
                        FormatReason.NO_RECORD));
            }
            return emitter.summary(Duration.ofNanos(System.nanoTime() - start));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            counting.finish();
        }
    }

    private List<Issue> fileIssue(ReadProblem.Kind kind, long line, FormatReason reason, Object... arguments) {
        Issue issue = validator.formatIssue(new ReadProblem(kind, "", reason, arguments));
        return validator.isEnabled(issue.ruleId()) ? List.of(issue.withLine(line)) : List.of();
    }

    /**
     * Validates a stream in another text encoding than UTF-8, for example a CSV file that Excel on Chinese
     * Windows saved in GB18030. The text is transcoded to UTF-8 as it is read; a byte sequence invalid in
     * the encoding makes its line malformed (FORMAT.MALFORMED_CSV or FORMAT.MALFORMED_JSON). The stream is
     * read to its end, not closed.
     *
     * @param in       the input
     * @param format   the flavour
     * @param encoding the input's encoding (UTF-8 reads as {@link #validate(InputStream, InputFormat,
     *                 BatchListener)} does)
     * @param listener receives issues and progress, on the calling thread
     * @return the summary
     * @throws UnreadableInputException if the input starts like a binary format (a workbook, a zip archive)
     * @throws IOException              if the input cannot be read
     */
    public BatchSummary validate(InputStream in, InputFormat format, Charset encoding, BatchListener listener)
            throws IOException {
        Objects.requireNonNull(encoding, "encoding");
        if (encoding.equals(StandardCharsets.UTF_8)) {
            return validate(in, format, listener);
        }
        return validate(new Utf8Transcoding(InputSignature.check(in), encoding), format, listener);
    }

    /**
     * Validates the rows of a workbook sheet or database table ({@link RowSource}): the header is mapped to
     * the exchange columns with {@code mapping}, each row becomes one record ({@code R} and the row number is
     * its record id when there is no record id column), and the run finds the same issues, duplicates and
     * counts as for a file, in row order, whatever the number of threads. Every issue has the row number as
     * its line and names its cell or row in {@link Issue#position()}. The source is read to its end, not
     * closed.
     *
     * @param source   the rows
     * @param mapping  the header aliases ({@link ColumnMapping#standard()} or an extended one)
     * @param listener receives issues and progress, on the calling thread
     * @return the summary
     * @throws IOException if the source cannot be read, or a duplicate table cannot use its temporary file
     */
    public BatchSummary validate(RowSource source, ColumnMapping mapping, BatchListener listener) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        ColumnLayout layout = ColumnLayout.fromHeader(source.header(), mapping, true);
        try (Emitter emitter = new Emitter(validator, listener, duplicateKeysInMemory, spillDirectory, asOf)) {
            List<Issue> issues = new ArrayList<>();
            for (int i = 0; i < layout.problems().size(); i++) {
                Issue issue = validator.formatIssue(layout.problems().get(i));
                if (validator.isEnabled(issue.ruleId())) {
                    issues.add(issue.withLine(source.headerLine())
                            .withPosition(source.position(null, layout.problemColumn(i))));
                }
            }
            emitter.fileIssues(issues);
            RowWorker worker = new RowWorker(validator, asOf, layout, source);
            OrderedPipeline.run(() -> nextRows(source), worker, emitter, threads, threads * BATCHES_PER_THREAD);
            if (emitter.records() == 0) {
                emitter.fileIssues(fileIssue(ReadProblem.Kind.MALFORMED_CSV, source.headerLine(),
                        FormatReason.NO_RECORD));
            }
            return emitter.summary(Duration.ofNanos(System.nanoTime() - start));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private RowWorker.Batch nextRows(RowSource source) throws IOException {
        RowWorker.Batch batch = new RowWorker.Batch(batchLines);
        SourceRow row;
        while ((row = source.next()) != null && batch.add(row)) {
            // the batch is not full yet
        }
        batch.progress = source.progress();
        return batch.count == 0 ? null : batch;
    }

    private CsvLayout readHeader(LineSplitter splitter, Emitter emitter) throws IOException {
        if (!splitter.advance()) {
            return CsvLayout.NO_ROWS;
        }
        long line = splitter.lineNumber();
        CsvLayout layout = CsvLayout.fromHeader(splitter.isTooLong() ? null
                : new Utf8Text().decode(splitter.buffer(), 0, splitter.length()));
        List<Issue> issues = new ArrayList<>();
        for (ReadProblem problem : layout.problems()) {
            Issue issue = validator.formatIssue(problem);
            if (validator.isEnabled(issue.ruleId())) {
                issues.add(issue.withLine(line));
            }
        }
        emitter.fileIssues(issues);
        return layout;
    }

    /**
     * Returns the number of worker threads.
     *
     * @return the threads
     */
    public int threads() {
        return threads;
    }

    @Override
    public String toString() {
        return "ExchangeFileValidator{profile=" + validator.profile().name() + ", asOf=" + asOf + ", threads=" + threads
                + ", limits=" + reader.limits() + "}";
    }

    /**
     * Packs the splitter's lines into batches on the reading thread. Each batch's array is sized from the
     * previous batch, so that it is allocated once and never grown in the common case, and is the array of
     * an already validated batch where one at least that large is spare (issue 13: the batch arrays were a
     * fifth of the bytes a run allocated).
     */
    private final class BatchSource implements OrderedPipeline.Source<LineBatch> {

        private final LineSplitter splitter;
        private final CountingStream counting;
        private final Queue<byte[]> spare;
        private int expectedBytes = FIRST_BATCH_BYTES;

        BatchSource(LineSplitter splitter, CountingStream counting, Queue<byte[]> spare) {
            this.splitter = splitter;
            this.counting = counting;
            this.spare = spare;
        }

        @Override
        public LineBatch next() throws IOException {
            byte[] buffer = spare.poll();
            LineBatch batch = buffer != null && buffer.length >= expectedBytes ? new LineBatch(batchLines, buffer)
                    : new LineBatch(batchLines, expectedBytes);
            while (!batch.isFull(BATCH_BYTES) && splitter.advance()) {
                batch.add(splitter.lineNumber(), splitter.buffer(), splitter.length(), splitter.isTooLong());
            }
            batch.bytesRead = counting.count;
            expectedBytes = Math.max(FIRST_BATCH_BYTES, Math.min(BATCH_BYTES + BATCH_BYTES / 4,
                    batch.used + batch.used / 8));
            return batch.count == 0 ? null : batch;
        }
    }

    /**
     * Counts the bytes read, for progress, and keeps the caller's stream to this run: once the run has ended
     * ({@link #finish}), no thread of it reads the caller's stream any more. Read by the reading thread only.
     */
    private static final class CountingStream extends FilterInputStream {

        private long count;
        private byte[] peeked = new byte[0];
        private int peekedAt;
        private volatile boolean finished;

        CountingStream(InputStream in) {
            super(in);
        }

        /** Reads up to {@code n} bytes ahead without consuming them (they are read again afterwards). */
        byte[] peek(int n) throws IOException {
            byte[] ahead = new byte[n];
            int got = 0;
            while (got < n) {
                int r = in.read(ahead, got, n - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
            peeked = java.util.Arrays.copyOf(ahead, got);
            peekedAt = 0;
            return peeked.clone();
        }

        void finish() {
            finished = true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (finished) {
                throw new IOException("the validation run has ended");
            }
            if (length == 0) {
                return 0;
            }
            int n;
            if (peekedAt < peeked.length) {
                n = Math.min(length, peeked.length - peekedAt);
                System.arraycopy(peeked, peekedAt, buffer, offset, n);
                peekedAt += n;
            } else {
                n = in.read(buffer, offset, length);
            }
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /** Builds an {@link ExchangeFileValidator}. */
    public static final class Builder {

        private final RecordValidator validator;
        private final LocalDate asOf;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchLines = DEFAULT_BATCH_LINES;
        private ReadLimits limits = ReadLimits.defaults();
        private int duplicateKeysInMemory = DEFAULT_DUPLICATE_KEYS_IN_MEMORY;
        private Path spillDirectory = Path.of(System.getProperty("java.io.tmpdir"));

        private Builder(RecordValidator validator, LocalDate asOf) {
            this.validator = Objects.requireNonNull(validator, "validator");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /**
         * Sets the number of worker threads; 1 runs everything on the calling thread.
         *
         * @param count at least 1 (default: the available processors)
         * @return this builder
         * @throws IllegalArgumentException if the count is below 1
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = count;
            return this;
        }

        /**
         * Sets the most lines per batch (a batch also closes at 256 KiB of input).
         *
         * @param lines at least 1 (default {@value ExchangeFileValidator#DEFAULT_BATCH_LINES})
         * @return this builder
         * @throws IllegalArgumentException if the count is below 1
         */
        public Builder batchLines(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("batchLines must be at least 1");
            }
            this.batchLines = lines;
            return this;
        }

        /**
         * Sets the limits for hostile input (line length, nesting, string and array length).
         *
         * @param readLimits the limits (default {@link ReadLimits#defaults()})
         * @return this builder
         */
        public Builder limits(ReadLimits readLimits) {
            this.limits = Objects.requireNonNull(readLimits, "limits");
            return this;
        }

        /**
         * Sets how many keys each duplicate table (record ids, ID numbers) holds in memory; beyond it the table
         * writes a sorted run to a temporary file. Smaller means less memory and more file reads; the issues
         * are the same.
         *
         * @param keys at least 1 (default {@value ExchangeFileValidator#DEFAULT_DUPLICATE_KEYS_IN_MEMORY})
         * @return this builder
         * @throws IllegalArgumentException if the count is below 1
         */
        public Builder duplicateKeysInMemory(int keys) {
            if (keys < 1) {
                throw new IllegalArgumentException("duplicateKeysInMemory must be at least 1");
            }
            this.duplicateKeysInMemory = keys;
            return this;
        }

        /**
         * Sets the directory of the duplicate tables' temporary files, created only when a table spills and
         * deleted when the run ends. It must exist and be writable when a run spills.
         *
         * @param directory the directory (default: the system property {@code java.io.tmpdir})
         * @return this builder
         */
        public Builder spillDirectory(Path directory) {
            this.spillDirectory = Objects.requireNonNull(directory, "spillDirectory");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public ExchangeFileValidator build() {
            return new ExchangeFileValidator(this);
        }
    }
}
