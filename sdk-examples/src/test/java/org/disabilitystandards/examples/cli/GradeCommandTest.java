package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeCommandTest {

    private static String hearing(String db) {
        return "{\"category\":\"HEARING\",\"assessedOn\":\"2024-03-01\",\"grade\":2,"
                + "\"measurements\":{\"averageLossDbHl\":" + db + "}}";
    }

    @ParameterizedTest
    @CsvSource({"91,1", "90.25,1", "90,2", "81,2", "80,3", "61,3", "60,4", "41,4"})
    void hearingBoundariesInJson(String db, int grade) {
        CliRunner result = CliRunner.run("grade", "--assessment", hearing(db), "--age-years", "30", "--format", "json",
                "--as-of", "2025-12-31");
        assertThat(result.exitCode).isZero();
        assertThat(result.out).startsWith("{\"category\":\"HEARING\",\"disabled\":true,\"grade\":" + grade + ",")
                .contains("\"clause\":\"GB/T 26341-2010 5.3\"").contains("\"issues\":[]");
    }

    @Test
    void belowThresholdAndAgeEdges() {
        CliRunner below = CliRunner.run("grade", "--assessment", hearing("40"), "--age-years", "30", "--format", "json",
                "--as-of", "2025-12-31");
        assertThat(below.out).contains("\"disabled\":false,\"grade\":null")
                .contains("{\"rule\":\"ASSESS.BELOW_THRESHOLD\",\"path\":\"measurements.averageLossDbHl\","
                        + "\"arguments\":{\"category\":\"HEARING\"}}");
        CliRunner infant = CliRunner.run("grade", "--assessment", hearing("50"), "--birth-date", "2021-03-02",
                "--format", "json", "--as-of", "2025-12-31");
        assertThat(infant.out).contains("\"grade\":null").contains("ASSESS.AGE_NOT_GRADABLE");
        CliRunner three = CliRunner.run("grade", "--assessment", hearing("50"), "--birth-date", "2021-03-01",
                "--format", "json", "--as-of", "2025-12-31");
        assertThat(three.out).contains("\"grade\":4");
    }

    @Test
    void textForm() {
        CliRunner result = CliRunner.run("grade", "--assessment", "{\"category\":\"INTELLECTUAL\",\"assessedOn\":"
                + "\"2024-03-01\",\"measurements\":{\"iq\":60,\"adaptiveBehavior\":\"SEVERE\"}}", "--age-years", "12",
                "--as-of", "2025-12-31");
        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("disabled: yes").contains("grade: 2 (二级, severe)")
                .contains("basis: adaptive behaviour: severe impairment").contains("issues: none");
    }

    @Test
    void invalidInputExitsTwoWithOneLine() {
        CliRunner badJson = CliRunner.run("grade", "--assessment", "{\"category\":", "--age-years", "3");
        assertThat(badJson.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(badJson.err.trim()).startsWith("dsds: FORMAT").doesNotContain("\n").doesNotContain("at org.");
        CliRunner badGrade = CliRunner.run("grade", "--assessment", "{\"category\":\"HEARING\",\"assessedOn\":"
                + "\"2024-03-01\",\"grade\":7}", "--age-years", "3");
        assertThat(badGrade.exitCode).isEqualTo(ExitCodes.USAGE);
        // the value that did not validate is not echoed, only where it is
        assertThat(badGrade.err).contains("at grade").doesNotContain("7");
        CliRunner noAge = CliRunner.run("grade", "--assessment", hearing("50"));
        assertThat(noAge.exitCode).isEqualTo(ExitCodes.USAGE);
        CliRunner future = CliRunner.run("grade", "--assessment", hearing("50"), "--age-years", "3", "--as-of",
                "2024-01-01");
        assertThat(future.err).contains("ASSESS.DATE");
    }
}
