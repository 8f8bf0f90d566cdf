package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotaCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String file(String json) throws IOException {
        Path path = dir.resolve("employer.json");
        Files.writeString(path, json, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void organBelowTheRatioWithNoDisabledEmployeeFailsWithBothFindings() throws IOException {
        String f = file("{\"type\":\"PARTY_GOVERNMENT_ORGAN\",\"level\":\"PREFECTURE\",\"staff\":50}");
        CliRunner run = CliRunner.run("quota", f, "--as-of", "2025-06-30", "--format", "json");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEmpty();
        JsonNode json = MAPPER.readTree(run.out);
        assertThat(json.get("profile").asText()).isEqualTo("qinghai");
        assertThat(json.get("ratioPercent").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(json.get("required").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(json.get("requiredPeople").asInt()).isEqualTo(1);
        assertThat(json.get("shortfall").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(json.get("met").asBoolean()).isFalse();
        assertThat(json.get("planMinimumOneFromStaff").asInt()).isEqualTo(50);
        assertThat(json.get("issues")).hasSize(2);
        assertThat(json.get("issues").get(0).get("rule").asText()).isEqualTo("QUOTA.SHORTFALL");
        assertThat(json.get("issues").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(json.get("issues").get(1).get("rule").asText()).isEqualTo("QUOTA.PLAN_MINIMUM_ONE");
        assertThat(json.get("issues").get(1).get("message").asText()).contains("at least one by 2025");
    }

    @Test
    void doubleCountingMeetsTheQuotaAndExitsZero() throws IOException {
        String f = file("{\"type\":\"ENTERPRISE\",\"staff\":200,\"disabledEmployees\":["
                + "{\"certificate\":\"CIVIL\",\"category\":\"HEARING\",\"grade\":2},"
                + "{\"certificate\":\"MILITARY\",\"grade\":8},"
                + "{\"certificate\":\"MILITARY\",\"grade\":9},"
                + "{\"certificate\":\"POLICE\",\"grade\":1}]}");
        CliRunner run = CliRunner.run("quota", f, "--as-of", "2025-06-30", "--format", "json");
        assertThat(run.exitCode).isZero();
        JsonNode json = MAPPER.readTree(run.out);
        assertThat(json.get("counted").asInt()).isEqualTo(3);
        assertThat(json.get("doubleCounted").asInt()).isEqualTo(1);
        assertThat(json.get("notCounted").asInt()).isEqualTo(2);
        assertThat(json.get("required").decimalValue()).isEqualByComparingTo("3");
        assertThat(json.get("required").toString()).isEqualTo("3");
        assertThat(json.get("met").asBoolean()).isTrue();
        assertThat(json.get("planMinimumOneFromStaff").isNull()).isTrue();
        assertThat(json.get("issues")).isEmpty();
        assertThat(json.get("countingBasis").asText()).startsWith("benefit-equivalences");
    }

    @Test
    void textOutputInChineseAndTheNationalProfileRatio() throws IOException {
        String f = file("{\"type\":\"PUBLIC_INSTITUTION\",\"staff\":67,"
                + "\"disabledEmployees\":[{\"certificate\":\"CIVIL\",\"category\":\"VISUAL\",\"grade\":3}]}");
        CliRunner run = CliRunner.run("quota", f, "--as-of", "2025-06-30", "--lang", "zh", "--profile", "national");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).contains("profile national").contains("required: 1.005 (exact staff x ratio; 2 when rounded up")
                .contains("quota: not met, short by 0.005")
                .contains("ERROR QUOTA.SHORTFALL: 安排残疾人就业未达到规定比例：按 1 人计，应安排 1.005 人");
    }

    @Test
    void failOnChoosesTheExitCode() throws IOException {
        String f = file("{\"type\":\"PARTY_GOVERNMENT_ORGAN\",\"level\":\"PROVINCE\",\"staff\":60,"
                + "\"disabledEmployees\":[{\"certificate\":\"MILITARY\",\"grade\":9}]}");
        assertThat(CliRunner.run("quota", f, "--as-of", "2025-06-30", "--fail-on", "never").exitCode).isZero();
        assertThat(CliRunner.run("quota", f, "--as-of", "2025-06-30", "--fail-on", "warning").exitCode).isEqualTo(1);
        // after the plan period only the ratio is checked
        CliRunner later = CliRunner.run("quota", f, "--as-of", "2026-01-01");
        assertThat(later.out).contains("QUOTA.SHORTFALL").doesNotContain("QUOTA.PLAN_MINIMUM_ONE");
    }

    @Test
    void federationShareIsReported() throws IOException {
        String f = file("{\"type\":\"DISABLED_PERSONS_FEDERATION_ORGAN\",\"level\":\"COUNTY\",\"staff\":20,"
                + "\"disabledEmployees\":[{\"certificate\":\"CIVIL\",\"category\":\"PHYSICAL\",\"grade\":1}],"
                + "\"cadres\":20,\"disabledCadres\":[{\"certificate\":\"CIVIL\",\"category\":\"PHYSICAL\",\"grade\":1},"
                + "{\"certificate\":\"CIVIL\",\"category\":\"MENTAL\",\"grade\":4}]}");
        CliRunner run = CliRunner.run("quota", f, "--as-of", "2025-06-30", "--format", "json", "--fail-on", "warning");
        assertThat(run.exitCode).isEqualTo(1);
        JsonNode json = MAPPER.readTree(run.out);
        assertThat(json.get("met").asBoolean()).isTrue();
        assertThat(json.at("/cadreShare/sharePercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(json.at("/cadreShare/met").asBoolean()).isFalse();
        assertThat(json.at("/issues/0/rule").asText()).isEqualTo("QUOTA.DPF_SHARE");
        assertThat(CliRunner.run("quota", f, "--as-of", "2025-06-30").exitCode).isZero();
    }

    @Test
    void inputErrorsAreOneLineAndExitTwoWithoutEchoingValues() throws IOException {
        String missing = dir.resolve("nope.json").toString();
        assertOneLineError(CliRunner.run("quota", missing), "cannot read nope.json: no such file");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10,"
                + "\"name\":\"张三\"}")), "a field the format does not define");
        CliRunner unknownKey = CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10,"
                + "\"630102198507150017\\u001b[2J\":1}"));
        assertOneLineError(unknownKey, "a field the format does not define");
        assertThat(unknownKey.err).doesNotContain("630102198507150017").doesNotContain("\u001b");
        CliRunner badCode = CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10,\"disabledEmployees\":"
                + "[{\"certificate\":\"CIVIL\",\"category\":\"630102198507150017\",\"grade\":2}]}"));
        assertOneLineError(badCode, "wrong value or type at disabledEmployees[0].category");
        assertThat(badCode.err).doesNotContain("630102198507150017");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\"}")), "missing required field");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":")), "not valid JSON");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":1,\"disabledEmployees\":["
                + "{\"certificate\":\"CIVIL\",\"category\":\"VISUAL\",\"grade\":1},"
                + "{\"certificate\":\"CIVIL\",\"category\":\"VISUAL\",\"grade\":1}]}")), "exceed the staff count 1");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10,\"disabledEmployees\":["
                + "{\"certificate\":\"CIVIL\",\"category\":\"VISUAL\",\"grade\":5}]}")), "disabledEmployees[0]: grade must be 1-4");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10,\"disabledEmployees\":["
                + "{\"certificate\":\"MILITARY\",\"grade\":11}]}")), "grade must be 1-10");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"PARTY_GOVERNMENT_ORGAN\",\"staff\":10}")),
                "level: required");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10}"), "--profile", "x"),
                "unknown profile x");
        assertOneLineError(CliRunner.run("quota", file("{\"type\":\"ENTERPRISE\",\"staff\":10}"), "--format", "html"),
                "--format html is not available");
    }

    private static void assertOneLineError(CliRunner run, String fragment) {
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err.strip().lines()).hasSize(1);
    }
}
