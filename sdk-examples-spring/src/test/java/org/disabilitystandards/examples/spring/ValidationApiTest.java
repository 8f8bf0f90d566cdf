package org.disabilitystandards.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The example application through its HTTP API, on a real port, against the real SDK. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.servlet.multipart.max-file-size=1MB")
class ValidationApiTest {

    static final Path SAMPLE = Path.of("..", "sdk-examples", "sample-data", "sample.jsonl");
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static byte[] sample;
    private static List<String> personalData;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void readSample() throws IOException {
        sample = Files.readAllBytes(SAMPLE);
        personalData = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
            PersonRecord record = ExchangeJson.newObjectMapper().readValue(line, PersonRecord.class);
            personalData.add(record.idNumber());
            personalData.add("\"" + record.name() + "\"");
        }
    }

    /** What the SDK itself says about the sample, for the numbers the API and the page must show. */
    static BatchSummary expectedSummary(String profile) throws IOException {
        return ExchangeFileValidator.builder(RecordValidator.forProfile(Profile.byName(profile)), AS_OF).build()
                .validate(SAMPLE, BatchListener.NONE);
    }

    @Test
    void aFileGivesTheSdksSummaryAndEveryIssueWithoutPersonalData() throws Exception {
        HttpResponse<String> response = new Http(port).upload("/api/files?profile=national&asOf=2025-06-30",
                "file", sample, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        BatchSummary expected = expectedSummary("national");
        JsonNode summary = body.get("summary");
        assertThat(body.get("profile").asString()).isEqualTo("national");
        assertThat(summary.get("records").asLong()).isEqualTo(expected.records()).isEqualTo(300);
        assertThat(summary.get("invalidRecords").asLong()).isEqualTo(expected.invalidRecords());
        assertThat(summary.get("errors").asLong()).isEqualTo(expected.count(Severity.ERROR));
        assertThat(summary.get("warnings").asLong()).isEqualTo(expected.count(Severity.WARNING));
        long total = expected.count(Severity.ERROR) + expected.count(Severity.WARNING) + expected.count(Severity.INFO);
        assertThat(body.get("issues").size()).isEqualTo(total).isPositive();
        assertThat(body.get("issuesTruncated").asBoolean()).isFalse();
        assertThat(summary.get("rules").size()).isEqualTo(expected.rules().size());
        assertThat(response.body()).doesNotContain(personalData);
    }

    @Test
    void theIssuesComeInTheRequestLanguageAndCanBeCapped() throws Exception {
        HttpResponse<String> chinese = new Http(port).upload("/api/files?asOf=2025-06-30&maxIssues=10", "file",
                sample, "zh-CN");
        JsonNode body = Http.json(chinese);
        assertThat(body.get("profile").asString()).isEqualTo("qinghai");
        assertThat(body.get("issues").size()).isEqualTo(10);
        assertThat(body.get("issuesTruncated").asBoolean()).isTrue();
        assertThat(body.get("summary").get("records").asLong()).isEqualTo(300);
        assertThat(body.get("issues").get(0).get("message").asString()).containsPattern("\\p{IsHan}");
        HttpResponse<String> english = new Http(port).upload("/api/files?asOf=2025-06-30&maxIssues=10", "file",
                sample, "en");
        assertThat(Http.json(english).get("issues").get(0).get("message").asString())
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void oneRecordGivesItsReport() throws Exception {
        String line = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(0);
        HttpResponse<String> response = new Http(port).postJson("/api/records?asOf=2025-06-30", line, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.get("recordId").asString()).isEqualTo("QH-00000001");
        assertThat(body.get("profile").asString()).isEqualTo("qinghai");
        assertThat(body.get("errors").isNumber()).isTrue();
        assertThat(response.body()).doesNotContain(personalData);
    }

    @Test
    void badInputIsAClear4xxThatEchoesNothing() throws Exception {
        Http http = new Http(port);
        String line = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(0);
        HttpResponse<String> badGrade = http.postJson("/api/records", line.replace("\"grade\":4", "\"grade\":7"), "en");
        assertThat(badGrade.statusCode()).isEqualTo(400);
        assertThat(Http.json(badGrade).get("error").asString())
                .isEqualTo("the body is not one exchange record (JSON object of exchange format 1) at certificate.grade");
        assertThat(badGrade.body()).doesNotContain(personalData);
        HttpResponse<String> truncated = http.postJson("/api/records", line.substring(0, 60), "en");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).doesNotContain(personalData);
        assertThat(http.postJson("/api/records?profile=shanghai", line, "en").statusCode()).isEqualTo(400);
        HttpResponse<String> badDate = http.postJson("/api/records?asOf=30.06.2025", line, "en");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Http.json(badDate).get("error").asString()).contains("asOf");
        assertThat(http.upload("/api/files", "upload", sample, "en").statusCode()).isEqualTo(400);
        assertThat(http.upload("/api/files?format=xml", "file", sample, "en").statusCode()).isEqualTo(400);
        assertThat(http.upload("/api/files?maxIssues=-1", "file", sample, "en").statusCode()).isEqualTo(400);
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWith413() throws Exception {
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) '\n');
        HttpResponse<String> response = new Http(port).upload("/api/files", "file", large, "en");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).get("error").asString()).contains("upload limit");
    }

    @Test
    void theIndicatorReportIsAnHtmlPage() throws Exception {
        HttpResponse<String> response = new Http(port).upload("/api/indicators?asOf=2025-06-30", "file", sample, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<title>").contains("id=\"validation\"").doesNotContain(personalData);
    }

    @Test
    void actuatorInfoShowsTheSdkVersionAndTableEditions() throws Exception {
        JsonNode info = Http.json(new Http(port).get("/actuator/info")).get("disabilityStandards");
        assertThat(info.get("profile").asString()).isEqualTo("qinghai");
        assertThat(info.get("tables").get("ruleCatalogue").asString()).isNotBlank();
        assertThat(info.get("version").asString()).startsWith("0.");
    }
}
