package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertCommandTest {

    @Test
    void militaryGradeThreeAsDesigned() {
        CliRunner result = CliRunner.run("convert", "--from", "military", "--grade", "3", "--nature", "COMBAT",
                "--format", "json");
        assertThat(result.exitCode).isZero();
        assertThat(result.out).startsWith("{\"source\":{\"system\":\"military\",\"grade\":3,\"nature\":\"COMBAT\"},"
                + "\"candidates\":[{\"category\":\"UNKNOWN\",\"grade\":1,\"relationship\":\"RELATED\"},"
                + "{\"category\":\"UNKNOWN\",\"grade\":2,\"relationship\":\"RELATED\"}],\"normative\":false,"
                + "\"provenance\":{\"table\":\"military-gbt26341-reference\",\"version\":\"1\",\"basis\":")
                .contains("{\"benefit\":\"EMPLOYMENT_QUOTA_DOUBLE\",\"applies\":true,")
                .contains("A disability certificate requires a GB/T 26341 assessment.");
    }

    @ParameterizedTest
    @CsvSource({"military,4,EMPLOYMENT_QUOTA_DOUBLE,false", "military,6,RAIL_RESERVED_SEAT,true",
        "police,7,RAIL_RESERVED_SEAT,false", "military,8,EMPLOYMENT_QUOTA_COUNTS,true",
        "military,9,EMPLOYMENT_QUOTA_COUNTS,false"})
    void benefitEdges(String system, int grade, String benefit, boolean applies) {
        CliRunner result = CliRunner.run("convert", "--from", system, "--grade", Integer.toString(grade), "--format",
                "json");
        assertThat(result.out).contains("{\"benefit\":\"" + benefit + "\",\"applies\":" + applies + ",");
    }

    @Test
    void unmappedAndCareLevel() {
        CliRunner ten = CliRunner.run("convert", "--from", "work-injury", "--grade", "10", "--category", "physical",
                "--format", "json");
        assertThat(ten.out).contains("{\"category\":\"PHYSICAL\",\"grade\":4,\"relationship\":\"RELATED\"},"
                + "{\"category\":\"PHYSICAL\",\"grade\":null,\"relationship\":\"UNMAPPED\"}").contains("\"benefits\":[]");
        CliRunner care = CliRunner.run("convert", "--from", "care-level", "--grade", "0");
        assertThat(care.out).contains("candidate: category=UNKNOWN grade=- relationship=UNMAPPED")
                .contains("provenance: care-level-gbt26341-reference version 1");
    }

    @ParameterizedTest
    @CsvSource({"military,11,,SERVICE_GRADE.RANGE", "care-level,6,,SERVICE_GRADE.RANGE",
        "military,8,ILLNESS,MILITARY.ILLNESS_GRADE", "police,2,ILLNESS,POLICE.ILLNESS"})
    void invalidInputExitsTwoWithTheRuleId(String system, int grade, String nature, String rule) {
        CliRunner result = nature == null
                ? CliRunner.run("convert", "--from", system, "--grade", Integer.toString(grade))
                : CliRunner.run("convert", "--from", system, "--grade", Integer.toString(grade), "--nature", nature);
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err).startsWith("dsds: " + rule).hasLineCount(1);
    }

    @Test
    void brokenTableNamesTheRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("table.json");
        Files.writeString(file, "{\"id\":\"t\",\"version\":\"1\",\"sourceSystems\":[\"MILITARY\"],\"normative\":false,"
                + "\"basis\":\"b\",\"rows\":[{\"grades\":[1,2,3,4,5],\"candidates\":[1]},"
                + "{\"grades\":[5,6,7,8,9,10],\"candidates\":[2]}]}", StandardCharsets.UTF_8);
        CliRunner result = CliRunner.run("convert", "--from", "military", "--grade", "3", "--table", file.toString());
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err).contains("table.json (edition 1) at /rows/1/grades/0: DUPLICATE_KEY, source grade 5 is already covered by /rows/0").hasLineCount(1);
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"id\":\"mine\",\"version\":\"7\",\"sourceSystems\":[\"MILITARY\"],\"normative\":false,"
                + "\"basis\":\"b\",\"rows\":[{\"grades\":[1,2,3,4,5,6,7,8,9,10],\"candidates\":[3]}]}",
                StandardCharsets.UTF_8);
        CliRunner loaded = CliRunner.run("convert", "--from", "military", "--grade", "3", "--table", good.toString(),
                "--format", "json");
        assertThat(loaded.out).contains("\"table\":\"mine\",\"version\":\"7\"");
    }

    @Test
    void codeTranslationBothWays() {
        CliRunner forward = CliRunner.run("convert", "--from", "certificate-category", "--code", "2", "--to",
                "health-record", "--format", "json");
        assertThat(forward.out).contains("\"candidates\":[{\"system\":\"health-record\",\"code\":\"3\","
                + "\"name\":\"听力残疾\",\"relationship\":\"EQUIVALENT\"}]");
        CliRunner back = CliRunner.run("convert", "--from", "health-record", "--code", "3", "--to",
                "certificate-category", "--format", "json");
        assertThat(back.out).contains("\"code\":\"2\"");
        CliRunner multiple = CliRunner.run("convert", "--from", "certificate-category", "--code", "7", "--to",
                "health-record", "--components", "VISUAL,PHYSICAL");
        assertThat(multiple.out).contains("code=2|5");
        CliRunner unknown = CliRunner.run("convert", "--from", "health-status", "--code", "68", "--to",
                "certificate-category");
        assertThat(unknown.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err).contains("FORMAT.UNKNOWN_CODE");
    }
}
