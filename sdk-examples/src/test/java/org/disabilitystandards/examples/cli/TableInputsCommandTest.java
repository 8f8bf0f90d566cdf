package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disabilitystandards.testkit.tables.CountyTemplateRecords;
import org.disabilitystandards.testkit.tables.TableFindings;
import org.disabilitystandards.testkit.tables.TemplateRow;
import org.disabilitystandards.testkit.tables.TemplateTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dsds validate} on workbooks, GB18030 CSV and database tables: the same summary as the JSON Lines twin,
 * exit codes as for files, one-line refusals of what it cannot read.
 */
class TableInputsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<TemplateRow> ROWS = CountyTemplateRecords.generate(600);

    @TempDir
    static Path dir;
    static Path jsonl;
    static Path workbook;

    @BeforeAll
    static void writeInputs() throws IOException {
        jsonl = Files.write(dir.resolve("county.jsonl"), TableFindings.jsonLines(ROWS));
        workbook = dir.resolve("county.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            XSSFCellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            XSSFSheet sheet = book.createSheet("花名册");
            XSSFRow header = sheet.createRow(0);
            CountyTemplateRecords.HEADERS.forEach(name -> header.createCell(header.getPhysicalNumberOfCells())
                    .setCellValue(name));
            for (TemplateRow row : ROWS) {
                XSSFRow cells = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c < row.values().size(); c++) {
                    Object value = row.values().get(c);
                    if (value instanceof LocalDate) {
                        cells.createCell(c).setCellValue((LocalDate) value);
                        cells.getCell(c).setCellStyle(date);
                    } else if (value instanceof BigDecimal) {
                        cells.createCell(c).setCellValue(((BigDecimal) value).doubleValue());
                    } else if (value != null) {
                        cells.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
        }
    }

    static JsonNode summary(CliRunner result) throws IOException {
        return JSON.readTree(result.out);
    }

    @Test
    void workbookGivesTheSummaryOfItsJsonLinesTwin() throws IOException {
        CliRunner fromJson = CliRunner.run("validate", jsonl.toString(), "--as-of", "2025-06-30", "--format", "json");
        Path issues = dir.resolve("issues.jsonl");
        Path annotated = dir.resolve("annotated.xlsx");
        CliRunner fromXlsx = CliRunner.run("validate", workbook.toString(), "--as-of", "2025-06-30", "--format", "json",
                "--issues", issues.toString(), "--annotate", annotated.toString());
        assertThat(fromXlsx.exitCode).isEqualTo(fromJson.exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(summary(fromXlsx).get("rules")).isEqualTo(summary(fromJson).get("rules"));
        assertThat(summary(fromXlsx).get("validRecords")).isEqualTo(summary(fromJson).get("validRecords"));
        assertThat(Files.readAllLines(issues)).allSatisfy(line -> assertThat(JSON.readTree(line).get("position")
                .asText()).matches("花名册!([A-N]\\d+|\\d+:\\d+)"));
        assertThat(Files.exists(annotated)).isTrue();
    }

    @Test
    void annotateNeedsOneWorkbookAndNeverReplacesIt() {
        CliRunner notWorkbook = CliRunner.run("validate", jsonl.toString(), "--annotate", dir.resolve("a.xlsx").toString());
        assertThat(notWorkbook.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(notWorkbook.err.strip()).isEqualTo("dsds: --annotate needs exactly one .xlsx workbook as input");
        CliRunner same = CliRunner.run("validate", workbook.toString(), "--annotate", workbook.toString());
        assertThat(same.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(same.err).contains("refusing to overwrite an input");
    }

    @Test
    void whatCannotBeReadIsRefusedInOneLine() throws IOException {
        Path disguised = Files.copy(workbook, dir.resolve("disguised.jsonl"));
        Path legacy = dir.resolve("old.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(legacy)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }
        Path encrypted = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        String[][] cases = {
            {disguised.toString(), "zip archive"},
            {legacy.toString(), "legacy Excel 97-2003 .xls"},
            {encrypted.toString(), "password-protected"},
        };
        for (String[] c : cases) {
            CliRunner result = CliRunner.run("validate", c[0]);
            assertThat(result.exitCode).as(c[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err.strip()).as(c[0]).contains(c[1]).doesNotContain("\n").doesNotContain("Exception");
        }
        CliRunner noSheet = CliRunner.run("validate", workbook.toString(), "--sheet", "Sheet9");
        assertThat(noSheet.err.strip()).isEqualTo("dsds: cannot read " + workbook + ": the workbook has no sheet named "
                + "Sheet9 (it has 1 sheets)");
        assertThat(CliRunner.run("validate", workbook.toString(), "--sheet", "1", "--as-of", "2025-06-30").exitCode)
                .isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void gb18030CsvWithChineseHeadersReadsWithEncoding() throws IOException {
        String csv = "记录编号,公民身份号码,姓名,性别,行政区划代码,残疾人证号,残疾类别,残疾等级,发证日期\n"
                + csvRow(ROWS.get(0)) + csvRow(ROWS.get(1));
        Path gb = Files.write(dir.resolve("gb.csv"), csv.getBytes(Charset.forName("GB18030")));
        Path utf8 = Files.write(dir.resolve("utf8.csv"), csv.getBytes(StandardCharsets.UTF_8));
        CliRunner fromGb = CliRunner.run("validate", gb.toString(), "--encoding", "GB18030", "--as-of", "2025-06-30",
                "--format", "json");
        CliRunner fromUtf8 = CliRunner.run("validate", utf8.toString(), "--as-of", "2025-06-30", "--format", "json");
        assertThat(summary(fromGb)).usingRecursiveComparison().ignoringFields("_children.files", "_children.elapsedMillis")
                .isEqualTo(summary(fromUtf8));
        assertThat(summary(fromGb).get("rules").has("FORMAT.MALFORMED_CSV")).isFalse();
        assertThat(summary(fromGb).get("records").asInt()).isEqualTo(2);
        CliRunner unknown = CliRunner.run("validate", gb.toString(), "--encoding", "EBCDIC-XYZ");
        assertThat(unknown.err.strip()).isEqualTo("dsds: --encoding: unknown character set EBCDIC-XYZ");
    }

    private static String csvRow(TemplateRow row) {
        List<Object> v = row.values();
        return String.join(",", (String) v.get(1), (String) v.get(6), (String) v.get(2), (String) v.get(3),
                (String) v.get(7), (String) v.get(9), (String) v.get(10), (String) v.get(11), v.get(12).toString())
                + "\n";
    }

    @Test
    void h2TableGivesTheSummaryOfItsJsonLinesTwin() throws Exception {
        String url = "jdbc:h2:mem:cli_persons;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            TemplateTables.load(connection, "persons", ROWS);
            assertSameAsJson(CliRunner.run("validate", "--jdbc", url, "--jdbc-user", "sa", "--table", "persons",
                    "--key", "序号", "--as-of", "2025-06-30", "--format", "json"));
            CliRunner missing = CliRunner.run("validate", "--jdbc", url, "--jdbc-user", "sa", "--table", "nothing_here");
            assertThat(missing.exitCode).isEqualTo(ExitCodes.USAGE);
            assertThat(missing.err.strip()).startsWith("dsds: database: cannot run the query on nothing_here")
                    .doesNotContain(url);
            CliRunner both = CliRunner.run("validate", "--jdbc", url, "--table", "persons", "--query", "SELECT 1");
            assertThat(both.err.strip()).isEqualTo("dsds: give exactly one of --table or --query with --jdbc");
        }
    }

    @Test
    void postgresTableGivesTheSummaryOfItsJsonLinesTwin() throws Exception {
        String url = System.getenv("DSDS_TEST_PG_URL");
        assumeTrue(url != null, "no PostgreSQL server configured: run eval \"$(.ci/postgres.sh)\" first");
        String user = System.getenv("DSDS_TEST_PG_USER");
        String password = System.getenv("DSDS_TEST_PG_PASSWORD");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            TemplateTables.load(connection, "cli_persons", ROWS);
        }
        String withCredentials = url + "?user=" + user + "&password=" + password;
        CliRunner result = CliRunner.run("validate", "--jdbc", withCredentials, "--table", "cli_persons", "--key", "序号",
                "--as-of", "2025-06-30", "--format", "json", "--fetch-size", "50");
        assertSameAsJson(result);
        assertThat(result.out + result.err).doesNotContain(password);
    }

    private static void assertSameAsJson(CliRunner fromTable) throws IOException {
        CliRunner fromJson = CliRunner.run("validate", jsonl.toString(), "--as-of", "2025-06-30", "--format", "json");
        assertThat(fromTable.exitCode).as(fromTable.err).isEqualTo(fromJson.exitCode);
        assertThat(summary(fromTable).get("rules")).isEqualTo(summary(fromJson).get("rules"));
        assertThat(summary(fromTable).get("records")).isEqualTo(summary(fromJson).get("records"));
        assertThat(summary(fromTable).get("validRecords")).isEqualTo(summary(fromJson).get("validRecords"));
    }

    @Test
    void aBadColumnOptionIsRefusedBeforeAnyInputIsRead() {
        CliRunner noField = CliRunner.run("validate", jsonl.toString(), "--column", "证件号码");
        assertThat(noField.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(noField.err).contains("--column takes HEADER=FIELD").doesNotContain("\n ");
        assertThat(noField.out).isEmpty();
        CliRunner unknown = CliRunner.run("validate", "--sample", "--column", "证件号码=noSuchField");
        assertThat(unknown.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err).contains("--column: unknown field noSuchField");
        assertThat(unknown.out).isEmpty();
        CliRunner known = CliRunner.run("validate", "--sample", "--column", "证件号码=idNumber", "--fail-on", "never");
        assertThat(known.exitCode).isEqualTo(ExitCodes.OK);
    }
}
