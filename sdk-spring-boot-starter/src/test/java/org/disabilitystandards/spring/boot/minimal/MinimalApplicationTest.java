package org.disabilitystandards.spring.boot.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.testkit.generators.IdentifierGenerators;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The done-when of the starter: an application that adds only the starter and sets
 * {@code disability-standards.profile=qinghai} gets a validator bean, {@code @Valid} with the SDK's
 * constraints in zh-CN and en, and Jackson 3 reading and writing {@code PersonRecord}, with no other
 * configuration. Driven through real HTTP.
 */
@SpringBootTest(classes = MinimalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MinimalApplicationTest {

    private static final String ID = IdentifierGenerators.idNumber("630102", LocalDate.of(1990, 3, 7), 1);
    private static final String RECORD = "{\"recordId\":\"M-1\",\"idNumber\":\"" + ID + "\",\"name\":\"测试甲\","
            + "\"sex\":\"MALE\",\"birthDate\":\"1990-03-07\",\"regionCode\":\"630102\",\"certificate\":{\"number\":\""
            + ID + "22\",\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2014-01-01\",\"validUntil\":\"2024-02-29\"}}";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private RecordValidator validator;

    @Test
    void theValidatorBeanRunsTheQinghaiProfile() {
        assertThat(validator.profile().name()).isEqualTo("qinghai");
    }

    @Test
    void jackson3ReadsAndWritesPersonRecordsInTheExchangeFormat() throws Exception {
        PersonRecord record = ExchangeJson.newObjectMapper().readValue(RECORD, PersonRecord.class);
        HttpResponse<String> echo = post("/records/echo", RECORD, "en");
        assertThat(echo.statusCode()).isEqualTo(200);
        assertThat(echo.body()).isEqualTo(ExchangeJson.newObjectMapper().writeValueAsString(record));
    }

    @Test
    void reportsComeInTheRequestLanguage() throws Exception {
        HttpResponse<String> chinese = post("/records?asOf=2025-06-30", RECORD, "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body()).contains("CERT.EXPIRED: 残疾人证已于 2024-02-29 过期").doesNotContain(ID);
        HttpResponse<String> english = post("/records?asOf=2025-06-30", RECORD, "en");
        assertThat(english.body()).contains("CERT.EXPIRED: The certificate expired on 2024-02-29");
    }

    @Test
    void sdkConstraintsCheckValidRequestBodiesInZhCnAndEn() throws Exception {
        String good = "{\"idNumber\":\"" + ID + "\",\"certificateNumber\":\"" + ID + "22\",\"category\":\"HEARING\","
                + "\"grade\":2}";
        assertThat(post("/certificates", good, "en").statusCode()).isEqualTo(200);
        String wrongGrade = good.replace("\"grade\":2", "\"grade\":3");
        HttpResponse<String> english = post("/certificates", wrongGrade, "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("digit 20 of the certificate number must equal the grade")
                .doesNotContain(ID);
        HttpResponse<String> chinese = post("/certificates", wrongGrade, "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("残疾人证号第 20 位").doesNotContain(ID);
        String badChecksum = good.replace(ID + "\"", ID.substring(0, 17) + "0\"");
        assertThat(post("/certificates", badChecksum, "en").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String path, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
