package org.disabilitystandards.validation.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/** Builds synthetic exchange lines and runs the batch validator in tests. */
final class TestRecords {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    static final RecordValidator NATIONAL = RecordValidator.forProfile(Profile.national());

    private TestRecords() {
    }

    /** A valid ID number of a man born in 630102, distinct for each n from 0 to about 5 million. */
    static String idNumber(int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 400);
        String first17 = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), n % 400 * 2 + 1);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A clean JSON line. */
    static String json(String recordId, String idNumber) {
        return "{\"recordId\":\"" + recordId + "\",\"idNumber\":\"" + idNumber
                + "\",\"name\":\"样例\",\"sex\":\"MALE\",\"regionCode\":\"630102\"}";
    }

    /** A clean JSON line with record id {@code R-n} and a distinct ID number. */
    static String json(int n) {
        return json("R-" + n, idNumber(n));
    }

    /** The outcome of a run: the summary and every issue in the order the listener received them. */
    record Outcome(BatchSummary summary, List<Issue> issues, List<long[]> progress) {
    }

    static Outcome run(byte[] input, InputFormat format, int threads, int batchLines) throws IOException {
        return run(NATIONAL, input, format, threads, batchLines);
    }

    static Outcome run(RecordValidator validator, byte[] input, InputFormat format, int threads, int batchLines)
            throws IOException {
        List<Issue> issues = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        ExchangeFileValidator files = ExchangeFileValidator.builder(validator, AS_OF)
                .threads(threads).batchLines(batchLines).build();
        BatchSummary summary = files.validate(new ByteArrayInputStream(input), format, new BatchListener() {
            @Override
            public void onIssue(Issue issue) {
                issues.add(issue);
            }

            @Override
            public void onProgress(long records, long bytesRead) {
                progress.add(new long[] {records, bytesRead});
            }
        });
        return new Outcome(summary, issues, progress);
    }

    static Outcome run(String input) throws IOException {
        return run(input.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES, 2, 3);
    }
}
