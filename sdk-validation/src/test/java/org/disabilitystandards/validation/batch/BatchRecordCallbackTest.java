package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.validation.batch.TestRecords.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.api.Test;

class BatchRecordCallbackTest {

    /** Every listener call as text: {@code issue LINE RULE} or {@code record LINE RECORD_ID}. */
    private static List<String> events(String input, int threads, int batchLines) throws IOException {
        List<String> events = new ArrayList<>();
        ExchangeFileValidator files = ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF)
                .threads(threads).batchLines(batchLines).build();
        files.validate(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES,
                new BatchListener() {
                    @Override
                    public void onIssue(Issue issue) {
                        events.add("issue " + issue.line().getAsLong() + " " + issue.ruleId());
                    }

                    @Override
                    public void onRecord(long line, PersonRecord record) {
                        events.add("record " + line + " " + record.recordId());
                    }
                });
        return events;
    }

    @Test
    void everyReadableRecordArrivesOnceInFileOrderAfterTheIssuesOfItsLine() throws IOException {
        String input = json(1) + "\n{broken\n\n" + json("R-2", TestRecords.idNumber(1)) + "\n" + json(3) + "\n";
        List<String> events = events(input, 2, 1);
        assertThat(events).containsExactly(
                "record 1 R-1",
                "issue 2 FORMAT.MALFORMED_JSON",
                "issue 4 FORMAT.DUPLICATE_PERSON",
                "record 4 R-2",
                "record 5 R-3");
    }

    @Test
    void recordOrderDoesNotDependOnThreadsOrBatchSize() throws IOException {
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 2000; n++) {
            input.append(n % 97 == 0 ? "[]" : json(n)).append('\n');
            if (n % 97 != 0) {
                expected.add("record " + n + " R-" + n);
            }
        }
        List<String> one = events(input.toString(), 1, 1024);
        List<String> four = events(input.toString(), 4, 7);
        assertThat(one).isEqualTo(four);
        assertThat(one.stream().filter(e -> e.startsWith("record")).toList()).isEqualTo(expected);
    }

    @Test
    void listenersWithoutTheCallbackStillWork() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(json(1) + "\n" + json(2) + "\n");
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(outcome.issues()).isEmpty();
    }
}
