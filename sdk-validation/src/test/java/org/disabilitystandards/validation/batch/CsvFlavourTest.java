package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.api.Test;

class CsvFlavourTest {

    private static final String HEADER = "recordId,idNumber,name,sex,birthDate,regionCode,residence,certificateNumber,"
            + "certificateCategory,certificateGrade,certificateIssuedOn,certificateValidUntil";

    private static TestRecords.Outcome run(String csv) throws IOException {
        return TestRecords.run(csv.getBytes(StandardCharsets.UTF_8), InputFormat.CSV, 2, 2);
    }

    private static List<String> rules(TestRecords.Outcome outcome) {
        return outcome.issues().stream().map(issue -> issue.ruleId() + "@" + issue.line().getAsLong() + ":"
                + issue.path()).collect(Collectors.toList());
    }

    private static String row(int n, String rest) {
        return "R-" + n + "," + TestRecords.idNumber(n) + ",\"Name, with comma\"," + rest;
    }

    @Test
    void cleanRowsWithACertificateAreValid() throws IOException {
        String id = TestRecords.idNumber(1);
        String csv = HEADER + "\r\n" + "R-1," + id + ",Name,MALE,1950-01-01,630102,URBAN," + id + "22,HEARING,2,"
                + "2019-03-01,2029-03-01\r\n" + row(2, ",,630102,,,,,,") + "\n";
        TestRecords.Outcome outcome = run(csv);
        assertThat(outcome.summary().records()).isEqualTo(2);
        assertThat(rules(outcome)).noneMatch(rule -> rule.startsWith("FORMAT"));
    }

    @Test
    void headerProblemsAreReportedOnLineOneAndTheHeaderIsNoRecord() throws IOException {
        TestRecords.Outcome outcome = run("recordId,name,colour\nR-1,Name,red\n");
        assertThat(outcome.summary().records()).isEqualTo(1);
        assertThat(rules(outcome)).containsExactly(
                "FORMAT.UNKNOWN_FIELD@1:", "FORMAT.MISSING_FIELD@1:idNumber", "FORMAT.MISSING_FIELD@1:regionCode",
                "FORMAT.MISSING_FIELD@2:idNumber", "FORMAT.MISSING_FIELD@2:regionCode");
        assertThat(outcome.summary().invalidRecords()).isEqualTo(1);
    }

    @Test
    void badCellsAreTypedProblems() throws IOException {
        String csv = HEADER + "\n" + row(1, "UNKNOWN,1950-02-30,630102,,,,,,") + "\n"
                + row(2, ",,630102,,,DEAF,7,2019-03-01,") + "\n"
                + "R 3," + TestRecords.idNumber(3) + ",Name,,,630102,,,,,,\n";
        TestRecords.Outcome outcome = run(csv);
        assertThat(rules(outcome)).contains("FORMAT.UNKNOWN_CODE@2:sex", "FORMAT.WRONG_TYPE@2:birthDate",
                "FORMAT.MISSING_FIELD@3:certificate.number", "FORMAT.UNKNOWN_CODE@3:certificate.category",
                "FORMAT.UNKNOWN_CODE@3:certificate.grade", "FORMAT.WRONG_TYPE@4:recordId");
        assertThat(outcome.summary().invalidRecords()).isEqualTo(3);
    }

    @Test
    void brokenRowsAreMalformedAndCounted() throws IOException {
        String csv = HEADER + "\n" + row(1, ",,630102,,,,,") + "\n" + "\"R-2,unterminated\n" + "a\"b,c\n"
                + row(4, ",,630102,,,,,,") + "\n";
        TestRecords.Outcome outcome = run(csv);
        assertThat(outcome.summary().records()).isEqualTo(4);
        assertThat(outcome.summary().validRecords()).isEqualTo(1);
        assertThat(rules(outcome)).containsExactly("FORMAT.MALFORMED_CSV@2:", "FORMAT.MALFORMED_CSV@3:",
                "FORMAT.MALFORMED_CSV@4:");
    }

    @Test
    void invalidUtf8InARowIsMalformed() throws IOException {
        byte[] head = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'R', (byte) 0xFF, '\n'};
        byte[] input = new byte[head.length + bad.length];
        System.arraycopy(head, 0, input, 0, head.length);
        System.arraycopy(bad, 0, input, head.length, bad.length);
        TestRecords.Outcome outcome = TestRecords.run(input, InputFormat.CSV, 1, 10);
        assertThat(outcome.issues()).extracting(Issue::ruleId).containsExactly("FORMAT.MALFORMED_CSV");
    }

    @Test
    void emptyCsvHasNoRecordsAndOneFileLevelIssue() throws IOException {
        for (String csv : new String[] {"", "\n\n", HEADER + "\n", HEADER + "\n\n \n"}) {
            TestRecords.Outcome outcome = run(csv);
            assertThat(outcome.summary().records()).isZero();
            assertThat(rules(outcome)).singleElement().asString().startsWith("FORMAT.MALFORMED_CSV@");
            assertThat(org.disabilitystandards.validation.report.MessageRenderer.standard().render(outcome.issues().get(0), java.util.Locale.ENGLISH)).contains("no record");
        }
    }

    @Test
    void aCsvWithoutHeaderIsReportedAndItsFirstRowIsNotSilentlyConsumed() throws IOException {
        String csv = row(1, "M,1990-01-01,630102,,,,,,") + "\n" + row(2, "M,1990-01-01,630102,,,,,,") + "\n";
        TestRecords.Outcome outcome = run(csv);
        assertThat(rules(outcome)).containsExactly("FORMAT.MALFORMED_CSV@1:");
        assertThat(org.disabilitystandards.validation.report.MessageRenderer.standard().render(outcome.issues().get(0), java.util.Locale.ENGLISH)).contains("header row is missing");
        assertThat(outcome.issues().get(0).line()).hasValue(1);
        assertThat(outcome.summary().count(org.disabilitystandards.validation.report.Severity.ERROR)).isEqualTo(1);
        // near miss: a header with at least one known column is a header (its other problems are reported)
        assertThat(rules(run("recordId,colour\nR-1,red\n"))).noneMatch(rule -> rule.contains("header row"));
    }

    @Test
    void fieldsSplitPerRfc4180WithinALine() {
        List<String> fields = new ArrayList<>();
        assertThat(CsvFields.split("a,\"b,\"\"c\"\"\",,\"\"", fields)).isNull();
        assertThat(fields).containsExactly("a", "b,\"c\"", "", "");
        fields.clear();
        assertThat(CsvFields.split("a,", fields)).isNull();
        assertThat(fields).containsExactly("a", "");
        fields.clear();
        assertThat(CsvFields.split("\"a\"x", fields)).isNotNull();
        assertThat(CsvFields.split("\"a", new ArrayList<>())).isNotNull();
        assertThat(CsvFields.split("a\"b", new ArrayList<>())).isNotNull();
    }

    @Test
    void isoDatesAreCheckedWithoutExceptions() {
        assertThat(RowMapper.textDate("2024-02-29")).isNotNull();
        assertThat(RowMapper.textDate("2023-02-29")).isNull();
        assertThat(RowMapper.textDate("2023-13-01")).isNull();
        assertThat(RowMapper.textDate("2023-00-01")).isNull();
        assertThat(RowMapper.textDate("2023-01-00")).isNull();
        assertThat(RowMapper.textDate("2023-1-01")).isNull();
        assertThat(RowMapper.textDate("2023-01-0a")).isNull();
    }
}
