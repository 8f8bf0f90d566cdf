package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdCommandTest {

    @Test
    void describesACertificateNumberWithoutTheFullNumber() {
        CliRunner result = CliRunner.run("id", "11010519491231002X12B1", "--format", "json", "--as-of", "2025-12-31");
        assertThat(result.exitCode).isZero();
        assertThat(result.out.trim()).isEqualTo("{\"kind\":\"CERTIFICATE\",\"valid\":true,"
                + "\"masked\":\"110105********002X12B1\",\"regionCode\":\"110105\",\"birthDate\":\"1949-12-31\","
                + "\"sex\":\"FEMALE\",\"category\":\"VISUAL\",\"grade\":2,\"reissue\":1}");
        assertThat(result.out).doesNotContain("11010519491231002X");
    }

    @Test
    void describesAResidentId() {
        CliRunner result = CliRunner.run("id", "130182198609215753", "--format", "json", "--as-of", "2025-12-31");
        assertThat(result.out.trim()).isEqualTo("{\"kind\":\"RESIDENT_ID\",\"valid\":true,"
                + "\"masked\":\"130182********5753\",\"regionCode\":\"130182\",\"birthDate\":\"1986-09-21\",\"sex\":\"MALE\"}");
    }

    @Test
    void invalidNumbersAreAnswersNotErrors() {
        CliRunner checksum = CliRunner.run("id", "130182198609215754", "--format", "json");
        assertThat(checksum.exitCode).isZero();
        assertThat(checksum.out.trim()).isEqualTo("{\"kind\":\"RESIDENT_ID\",\"valid\":false,\"reason\":\"CHECKSUM\"}");
        CliRunner reissue = CliRunner.run("id", "11010519491231002X12C1", "--format", "json");
        assertThat(reissue.out).contains("\"reason\":\"REISSUE\"").doesNotContain("11010519491231002X");
        CliRunner text = CliRunner.run("id", "11010519491231002X02");
        assertThat(text.out).contains("valid: false").contains("reason: CATEGORY");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        CliRunner badDate = CliRunner.run("id", "130182198609215753", "--as-of", "2025-13-01");
        assertThat(badDate.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err.lines().count()).isEqualTo(1);
        CliRunner unknownOption = CliRunner.run("id", "--bogus");
        assertThat(unknownOption.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownOption.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void versionNamesTheDataEditions() {
        CliRunner version = CliRunner.run("--version");
        assertThat(version.exitCode).isZero();
        assertThat(version.out).contains("GB/T 26341-2010").contains("administrative divisions: GB/T 2260 MCA 198012-202512")
                .contains("statistical-only: 国家统计局 统计用区划代码 2016-2023");
    }
}
