package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate detection gives the same issues whether its tables stay in memory or spill to files. */
class SpillingDuplicatesTest {

    private static final int LINES = 6000;

    @TempDir
    Path directory;

    /** Lines with repeated record ids (short exact, eleven-character and long hashed ones) and ID numbers. */
    private static byte[] fileWithDuplicates() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            int id = random.nextInt(LINES);
            String recordId = switch (id % 3) {
                case 0 -> "R-" + id;
                case 1 -> String.format("QH-%08d", id);
                default -> "a-long-record-id-that-is-hashed-" + id;
            };
            text.append(TestRecords.json(recordId, TestRecords.idNumber(random.nextInt(LINES)))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Issue> issues(ExchangeFileValidator files, byte[] input) throws IOException {
        List<Issue> issues = new ArrayList<>();
        files.validate(new ByteArrayInputStream(input), InputFormat.JSON_LINES, new BatchListener() {
            @Override
            public void onIssue(Issue issue) {
                issues.add(issue);
            }
        });
        return issues;
    }

    private static ExchangeFileValidator.Builder builder() {
        return ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF).threads(2).batchLines(50);
    }

    @Test
    void aTinyTableGivesExactlyTheIssuesOfTheDefaultOne() throws IOException {
        byte[] input = fileWithDuplicates();
        List<Issue> inMemory = issues(builder().build(), input);
        List<Issue> spilled = issues(builder().duplicateKeysInMemory(64).spillDirectory(directory).build(), input);
        assertThat(inMemory.stream().filter(issue -> issue.ruleId().equals("FORMAT.DUPLICATE_RECORD_ID")))
                .hasSizeGreaterThan(1000);
        assertThat(inMemory.stream().filter(issue -> issue.ruleId().equals("FORMAT.DUPLICATE_PERSON")))
                .hasSizeGreaterThan(1000);
        assertThat(spilled).containsExactlyElementsOf(inMemory);
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).as("temporary files deleted").isEmpty();
        }
    }

    @Test
    void aSpillThatCannotWriteIsTheIoExceptionOfValidate() {
        byte[] input = fileWithDuplicates();
        ExchangeFileValidator files = builder().duplicateKeysInMemory(64).spillDirectory(directory.resolve("missing"))
                .build();
        assertThatThrownBy(() -> issues(files, input)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theKeysInMemoryAreAtLeastOne() {
        assertThatThrownBy(() -> builder().duplicateKeysInMemory(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().spillDirectory(null)).isInstanceOf(NullPointerException.class);
    }
}
