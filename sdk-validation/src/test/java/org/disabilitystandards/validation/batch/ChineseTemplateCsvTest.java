package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * The alias table and the value forms of the row mapper, through the CSV flavour: Chinese headers, codes by
 * Chinese name or code, grades 一级-四级, the accepted date texts (each with a near miss), ID numbers in
 * scientific notation, and GB18030 input.
 */
class ChineseTemplateCsvTest {

    private static final String HEADER = "记录编号,公民身份号码,*姓名,性别,民族,出生日期,行政区划代码,户口性质,残疾人证号,残疾类别,残疾等级,发证日期";

    private static List<String> findings(String csv) throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(csv.getBytes(StandardCharsets.UTF_8), InputFormat.CSV, 2, 2);
        List<String> found = new ArrayList<>();
        for (Issue issue : outcome.issues()) {
            found.add(issue.ruleId() + "@" + issue.path());
        }
        return found;
    }

    private static String row(String sex, String birth, String category, String grade, String issued) {
        String id = TestRecords.idNumber(1);
        String certificate = id + "1" + "2";
        return "R-1," + id + ",样例," + sex + ",汉族," + birth + ",630102,城镇," + certificate + "," + category + ","
                + grade + "," + issued + "\n";
    }

    @Test
    void chineseHeadersAndNamesReadLikeCodes() throws IOException {
        LocalDate birth = LocalDate.of(1950, 1, 1);
        assertThat(findings(HEADER + "\n" + row("男", birth.toString(), "视力残疾", "二级", "2020-01-01")))
                .doesNotContain("FORMAT.UNKNOWN_FIELD@").noneMatch(f -> f.startsWith("FORMAT."));
        assertThat(findings(HEADER + "\n" + row("MALE", "1950/1/1", "1", "2", "2020年1月1日")))
                .noneMatch(f -> f.startsWith("FORMAT."));
        assertThat(findings(HEADER + "\n" + row("MALE", "19500101", "VISUAL", "GRADE_2", "2020.1.1")))
                .noneMatch(f -> f.startsWith("FORMAT."));
    }

    @Test
    void nearMissesAreReported() throws IOException {
        assertThat(findings(HEADER + "\n" + row("男性", "1950-1-1", "视力", "五级", "2020/13/1")))
                .contains("FORMAT.UNKNOWN_CODE@sex", "FORMAT.WRONG_TYPE@birthDate",
                        "FORMAT.UNKNOWN_CODE@certificate.category", "FORMAT.UNKNOWN_CODE@certificate.grade",
                        "FORMAT.WRONG_TYPE@certificate.issuedOn");
        assertThat(findings(HEADER + "\n" + row("男", "1950-01-01", "视力残疾", "5", "2020-01-01")))
                .contains("FORMAT.UNKNOWN_CODE@certificate.grade");
        assertThat(findings(HEADER + "\n" + row("男", "1950-01-01", "视力残疾", "甲级", "2020-01-01")))
                .contains("FORMAT.WRONG_TYPE@certificate.grade");
        assertThat(findings("民族,备注\n汉族,x\n")).contains("FORMAT.MISSING_FIELD@recordId")
                .doesNotContain("FORMAT.UNKNOWN_FIELD@");
        assertThat(findings("recordId,idNumber,name,regionCode,籍贯\nR-1," + TestRecords.idNumber(1) + ",x,630102,y\n"))
                .contains("FORMAT.UNKNOWN_FIELD@");
    }

    @Test
    void textDatesBothSidesOfEachForm() {
        assertThat(RowMapper.textDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RowMapper.textDate("2023-02-29")).isNull();
        assertThat(RowMapper.textDate("2024/2/29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RowMapper.textDate("2024/2/30")).isNull();
        assertThat(RowMapper.textDate("2024.12.31")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(RowMapper.textDate("2024.12.32")).isNull();
        assertThat(RowMapper.textDate("2024年1月1日")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(RowMapper.textDate("2024年1月1")).isNull();
        assertThat(RowMapper.textDate("20240101")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(RowMapper.textDate("20241301")).isNull();
        assertThat(RowMapper.textDate("2024/1-1")).isNull();
    }

    @Test
    void idNumbersInScientificNotationSayThatDigitsAreLost() throws IOException {
        TestRecords.Outcome outcome = TestRecords.run(("记录编号,身份证号,姓名,行政区划代码\nR-1,6.30102E+17,x,630102\n"
                + "R-2,630102E5,x,630102\n").getBytes(StandardCharsets.UTF_8), InputFormat.CSV, 1, 4);
        assertThat(outcome.issues()).anySatisfy(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.WRONG_TYPE");
            assertThat(issue.recordId()).hasValue("R-1");
            assertThat(org.disabilitystandards.validation.report.MessageRenderer.standard().render(issue, java.util.Locale.ENGLISH))
                    .contains("stored as a number");
        });
        // E without a plus sign is no spreadsheet's notation: an ordinary malformed ID number
        assertThat(outcome.issues()).anySatisfy(issue -> {
            assertThat(issue.recordId()).hasValue("R-2");
            assertThat(issue.ruleId()).isEqualTo("ID.FORMAT");
        });
        assertThat(RowMapper.isScientificNotation("6.30102E+17")).isTrue();
        assertThat(RowMapper.isScientificNotation("6.30102E17")).isFalse();
        assertThat(RowMapper.isScientificNotation("63010219800101001X")).isFalse();
    }

    @Test
    void gb18030IsTranscodedAndInvalidBytesMakeTheirRowMalformed() throws IOException {
        String csv = "记录编号,公民身份号码,姓名,行政区划代码\nR-1," + TestRecords.idNumber(1) + ",张三,630102\n";
        byte[] gb = csv.getBytes(Charset.forName("GB18030"));
        List<Issue> issues = new ArrayList<>();
        BatchSummary summary = ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF).threads(1).build()
                .validate(new java.io.ByteArrayInputStream(gb), InputFormat.CSV, Charset.forName("GB18030"),
                        new BatchListener() {
                            @Override
                            public void onIssue(Issue issue) {
                                issues.add(issue);
                            }
                        });
        assertThat(summary.records()).isEqualTo(1);
        assertThat(issues).noneMatch(issue -> issue.ruleId().startsWith("FORMAT."));

        byte[] broken = (csv + "R-2,").getBytes(Charset.forName("GB18030"));
        byte[] withBadByte = java.util.Arrays.copyOf(broken, broken.length + 2);
        withBadByte[broken.length] = (byte) 0x81;
        withBadByte[broken.length + 1] = (byte) 0x20;
        List<Issue> brokenIssues = new ArrayList<>();
        ExchangeFileValidator.builder(TestRecords.NATIONAL, TestRecords.AS_OF).threads(1).build()
                .validate(new java.io.ByteArrayInputStream(withBadByte), InputFormat.CSV, Charset.forName("GB18030"),
                        new BatchListener() {
                            @Override
                            public void onIssue(Issue issue) {
                                brokenIssues.add(issue);
                            }
                        });
        assertThat(brokenIssues).anySatisfy(issue -> {
            assertThat(issue.ruleId()).isEqualTo("FORMAT.MALFORMED_CSV");
            assertThat(issue.line()).hasValue(3);
        });
    }

    @Test
    void workbookAndArchiveBytesAreRefusedAsText() {
        assertThat(InputSignature.refusal(new byte[] {'P', 'K', 3, 4, 0})).contains("zip archive");
        assertThat(InputSignature.refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).contains(".xls");
        assertThat(InputSignature.refusal(new byte[] {'P', 'K', 3})).isNull();
        assertThat(InputSignature.refusal("{\"recordId\":1}".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
