package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disabilitystandards.validation.batch.TestRecords.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeFileValidatorTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> rules(TestRecords.Outcome outcome) {
        return outcome.issues().stream().map(Issue::ruleId).collect(Collectors.toList());
    }

    private static void assertCountsAddUp(TestRecords.Outcome outcome) {
        BatchSummary summary = outcome.summary();
        assertThat(summary.validRecords() + summary.invalidRecords()).isEqualTo(summary.records());
        assertThat(summary.severities().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(outcome.issues().size());
        assertThat(summary.rules().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(outcome.issues().size());
        assertThat(outcome.issues()).allSatisfy(issue -> assertThat(issue.line()).isPresent());
    }

    @Test
    void cleanRecordsAreValid() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(json(1) + "\n" + json(2) + "\n" + json(3) + "\n");
        assertThat(outcome.summary().records()).isEqualTo(3);
        assertThat(outcome.summary().invalidRecords()).isZero();
        assertThat(outcome.summary().count(Severity.ERROR)).isZero();
        assertCountsAddUp(outcome);
    }

    @Test
    void emptyInputHasNoRecordsAndOneFileLevelIssue() throws IOException {
        for (String empty : new String[] {"", "\n  \n\r\n\t\n", "\u3000\n\u00a0 \n\ufeff\n"}) {
            TestRecords.Outcome outcome = TestRecords.run(empty);
            assertThat(outcome.summary().records()).isZero();
            assertThat(rules(outcome)).containsExactly("FORMAT.MALFORMED_JSON");
            assertThat(outcome.summary().count(Severity.ERROR)).isEqualTo(1);
            assertThat(outcome.issues().get(0).arguments().toString()).contains("NO_RECORD");
            assertCountsAddUp(outcome);
        }
    }

    @Test
    void linesOfUnicodeSpacesAreBlankNotMalformed() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(json(1) + "\n\u3000\u3000\n\u00a0\n" + json(2) + "\n");
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(outcome.summary().invalidRecords()).isZero();
        assertThat(outcome.issues()).isEmpty();
    }

    @Test
    void aLoneCarriageReturnEndsALine() throws IOException {
        for (int threads : new int[] {1, 3}) {
            TestRecords.Outcome outcome = TestRecords.run(utf8(json(1) + "\r" + json(2) + "\r\n" + json(3) + "\r"),
                    InputFormat.JSON_LINES, threads, 1);
            assertThat(outcome.summary().records()).isEqualTo(3);
            assertThat(outcome.summary().invalidRecords()).isZero();
        }
    }

    @Test
    void utf16AndUtf32InputIsRefusedWithOneFileLevelIssue() throws IOException {
        String text = json(1) + "\n" + json(2) + "\n";
        byte[][] inputs = {
            text.getBytes(StandardCharsets.UTF_16), // big-endian with BOM
            text.getBytes(StandardCharsets.UTF_16LE),
            text.getBytes(StandardCharsets.UTF_16BE),
            ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE),
            text.getBytes(java.nio.charset.Charset.forName("UTF-32LE")),
            text.getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
        };
        for (byte[] input : inputs) {
            for (InputFormat format : InputFormat.values()) {
                TestRecords.Outcome outcome = TestRecords.run(input, format, 2, 8);
                assertThat(outcome.summary().records()).isZero();
                assertThat(outcome.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.ruleId()).startsWith("FORMAT.MALFORMED_");
                    assertThat(issue.arguments().toString()).contains("REFUSED_ENCODING(encoding=UTF-");
                });
            }
        }
    }

    @Test
    void utf8WithAByteOrderMarkIsNotRefused() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(utf8("\ufeff" + json(1) + "\n"), InputFormat.JSON_LINES, 2, 8);
        assertThat(outcome.summary().records()).isEqualTo(1);
        assertThat(outcome.issues()).isEmpty();
    }

    @Test
    void byteOrderMarkAndCrlfAreTolerated() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run("\uFEFF" + json(1) + "\r\n" + json(2) + "\r\n");
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(outcome.summary().validRecords()).isEqualTo(2);
        assertThat(outcome.issues()).isEmpty();
    }

    @Test
    void invalidUtf8IsMalformedAndTheFileGoesOn() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(utf8(json(1) + "\n"));
        input.writeBytes(new byte[] {'{', '"', 'r', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '\n'});
        input.writeBytes(utf8(json(3) + "\n"));
        TestRecords.Outcome outcome = TestRecords.run(input.toByteArray(), InputFormat.JSON_LINES, 2, 1);
        assertThat(outcome.summary().records()).isEqualTo(3);
        assertThat(outcome.summary().validRecords()).isEqualTo(2);
        assertThat(outcome.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.MALFORMED_JSON");
            assertThat(issue.line()).hasValue(2);
        });
    }

    @Test
    void binaryGarbageCountsEveryNonBlankLine() throws IOException {
        byte[] garbage = new byte[200_000];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'x'; // NUL bytes at the start would make it UTF-16, refused as a whole
        garbage[1] = 'x';
        long expected = 0;
        for (String line : new String(garbage, StandardCharsets.ISO_8859_1).split("[\r\n]", -1)) {
            String rest = line.replace("\u00c2\u00a0", "").replace("\u00e3\u0080\u0080", "")
                    .replace("\u00ef\u00bb\u00bf", "").replace(" ", "").replace("\t", "");
            expected += rest.isEmpty() ? 0 : 1;
        }
        TestRecords.Outcome outcome = TestRecords.run(garbage, InputFormat.JSON_LINES, 3, 16);
        assertThat(outcome.summary().records()).isEqualTo(expected);
        assertThat(outcome.summary().validRecords()).isZero();
        assertCountsAddUp(outcome);
    }

    @Test
    void tenMegabyteLineIsTooLongAndTheNextLineIsRead() throws IOException {
        String huge = "{\"recordId\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        TestRecords.Outcome outcome = TestRecords.run(json(1) + "\n" + huge + "\n" + json(3) + "\n");
        assertThat(outcome.summary().records()).isEqualTo(3);
        assertThat(outcome.summary().validRecords()).isEqualTo(2);
        assertThat(outcome.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.TOO_LONG");
            assertThat(issue.line()).hasValue(2);
        });
    }

    @Test
    void lineJustWithinTheLimitIsRead() throws IOException {
        String base = json(1);
        String body = base.substring(0, base.length() - 1);
        String atLimit = body + " ".repeat(64 * 1024 - utf8(base).length) + "}";
        assertThat(utf8(atLimit)).hasSize(64 * 1024);
        TestRecords.Outcome within = TestRecords.run(atLimit + "\n");
        assertThat(within.issues()).isEmpty();
        TestRecords.Outcome beyond = TestRecords.run(body + " " + atLimit.substring(body.length()) + "\n");
        assertThat(rules(beyond)).containsExactly("FORMAT.TOO_LONG");
    }

    @Test
    void deepNestingIsAFormatIssueNotAStackOverflow() throws IOException {
        String deep = "{\"recordId\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}";
        TestRecords.Outcome outcome = TestRecords.run(deep + "\n" + json(2) + "\n");
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(outcome.summary().validRecords()).isEqualTo(1);
        assertThat(rules(outcome)).containsAnyOf("FORMAT.TOO_LONG", "FORMAT.MALFORMED_JSON");
    }

    @Test
    void truncatedLastLineWithoutLineFeedIsCounted() throws IOException {
        String full = json(2);
        TestRecords.Outcome outcome = TestRecords.run(json(1) + "\n" + full.substring(0, full.length() / 2));
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(outcome.summary().invalidRecords()).isEqualTo(1);
        assertThat(outcome.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.MALFORMED_JSON");
            assertThat(issue.line()).hasValue(2);
        });
        assertThat(TestRecords.run(json(1)).summary().validRecords()).isEqualTo(1);
    }

    @Test
    void lineNumbersCountBlankLines() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run("\n\n" + json(1) + "\n\n{\n");
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(outcome.issues()).singleElement().satisfies(issue -> assertThat(issue.line()).hasValue(5));
    }

    @Test
    void duplicateRecordIdIsAnErrorWithTheFirstLine() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(
                json("A-1", TestRecords.idNumber(1)) + "\n" + json("A-2", TestRecords.idNumber(2)) + "\n"
                        + json("A-1", TestRecords.idNumber(3)) + "\n");
        assertThat(outcome.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.DUPLICATE_RECORD_ID");
            assertThat(issue.line()).hasValue(3);
            assertThat(issue.recordId()).hasValue("A-1");
            assertThat(issue.arguments()).containsEntry("firstLine", 1L);
        });
        assertThat(outcome.summary().invalidRecords()).isEqualTo(1);
    }

    @Test
    void duplicatePersonIsAWarningAndTheRecordStaysValid() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(
                json("A-1", TestRecords.idNumber(1)) + "\n" + json("A-2", TestRecords.idNumber(1)) + "\n");
        assertThat(outcome.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.DUPLICATE_PERSON");
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.arguments()).containsEntry("firstLine", 1L);
            assertThat(issue.toString()).doesNotContain(TestRecords.idNumber(1));
        });
        assertThat(outcome.summary().validRecords()).isEqualTo(2);
    }

    @Test
    void longRecordIdsAreComparedToo() throws IOException {
        String longId = "PROVINCE-63-2025-RECORD-000000000001";
        TestRecords.Outcome outcome = TestRecords.run(json(longId, TestRecords.idNumber(1)) + "\n"
                + json(longId + "2", TestRecords.idNumber(2)) + "\n" + json(longId, TestRecords.idNumber(3)) + "\n");
        assertThat(rules(outcome)).containsExactly("FORMAT.DUPLICATE_RECORD_ID");
        assertThat(outcome.issues().get(0).line()).hasValue(3);
    }

    @Test
    void outputIsTheSameForOneAndManyThreads() throws IOException {
        StringBuilder input = new StringBuilder();
        Random random = new Random(11);
        for (int n = 1; n <= 3000; n++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                input.append("{\"recordId\":\"R-").append(n).append("\",\"idNumber\":\"123\"}\n");
            } else if (kind == 1) {
                input.append(json(random.nextInt(n) + 1)).append('\n');
            } else if (kind == 2) {
                input.append("not json ").append(n).append('\n');
            } else {
                input.append(json(n)).append('\n');
            }
        }
        byte[] bytes = utf8(input.toString());
        TestRecords.Outcome one = TestRecords.run(bytes, InputFormat.JSON_LINES, 1, 64);
        TestRecords.Outcome four = TestRecords.run(bytes, InputFormat.JSON_LINES, 4, 7);
        assertThat(four.issues()).isEqualTo(one.issues());
        assertThat(four.summary().records()).isEqualTo(3000);
        assertThat(four.summary().validRecords()).isEqualTo(one.summary().validRecords());
        assertThat(four.summary().rules()).isEqualTo(one.summary().rules());
        assertThat(four.summary().severities()).isEqualTo(one.summary().severities());
        assertCountsAddUp(four);
        assertThat(four.progress()).isNotEmpty();
        assertThat(four.progress().get(four.progress().size() - 1)[0]).isEqualTo(3000);
        assertThat(four.progress().get(four.progress().size() - 1)[1]).isEqualTo(bytes.length);
    }

    @Test
    void listenerFailureStopsTheRun() {
        StringBuilder input = new StringBuilder();
        for (int n = 0; n < 500; n++) {
            input.append("{}\n");
        }
        ExchangeFileValidator files = ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF)
                .threads(2).batchLines(10).build();
        assertThatThrownBy(() -> files.validate(new ByteArrayInputStream(utf8(input.toString())),
                InputFormat.JSON_LINES, new BatchListener() {
                    @Override
                    public void onIssue(Issue issue) {
                        throw new IllegalStateException("listener gave up");
                    }
                })).hasMessage("listener gave up");
    }

    @Test
    void readFailureIsPassedOn() {
        InputStream failing = new InputStream() {
            private int left = 5000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("disk gone");
                }
                return left % 50 == 0 ? '\n' : '{';
            }
        };
        ExchangeFileValidator files = ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF)
                .threads(2).build();
        assertThatThrownBy(() -> files.validate(failing, InputFormat.JSON_LINES, BatchListener.NONE))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void filesChooseTheirFlavourByName(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), json(1) + "\n");
        Path csv = Files.writeString(dir.resolve("a.CSV"),
                "recordId,idNumber,name,regionCode\nR-1," + TestRecords.idNumber(1) + ",Name,630102\n");
        ExchangeFileValidator files = ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF).build();
        assertThat(files.validate(jsonl, BatchListener.NONE).validRecords()).isEqualTo(1);
        assertThat(files.validate(csv, BatchListener.NONE).validRecords()).isEqualTo(1);
    }

    @Test
    void builderRejectsNonsense() {
        ExchangeFileValidator.Builder builder = ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF);
        assertThatThrownBy(() -> builder.threads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.batchLines(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.threads(1).build().threads()).isEqualTo(1);
    }

    @Test
    void summariesAdd() throws IOException {
        BatchSummary a = TestRecords.run(json(1) + "\n{\n").summary();
        BatchSummary b = TestRecords.run(json(1) + "\n" + json(1) + "\n").summary();
        BatchSummary sum = a.plus(b).plus(BatchSummary.empty());
        assertThat(sum.records()).isEqualTo(4);
        assertThat(sum.invalidRecords()).isEqualTo(2);
        assertThat(sum.rules()).containsEntry("FORMAT.MALFORMED_JSON", 1L).containsEntry("FORMAT.DUPLICATE_RECORD_ID", 1L);
        assertThat(sum.count(Severity.ERROR)).isEqualTo(2);
    }
}
