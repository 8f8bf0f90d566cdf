package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-specific errors of grade, convert and quota, and picocli's own parse errors, in Chinese with
 * {@code --lang zh}: one line, exit 2, the options named, a value never echoed; the English lines unchanged.
 */
class CommandErrorsInChineseTest {

    private static final String HEARING = "{\"category\":\"HEARING\",\"assessedOn\":\"2024-03-01\",\"grade\":2,"
            + "\"measurements\":{\"averageLossDbHl\":50}}";

    @TempDir
    Path dir;

    private static String error(String... args) {
        CliRunner run = CliRunner.run(args);
        assertThat(run.exitCode).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err.strip()).as(String.join(" ", args)).startsWith("dsds: ").doesNotContain("\n")
                .doesNotContain("at org.");
        return run.err.strip();
    }

    @Test
    void gradeErrors() {
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "30", "--as-of", "2023-12-31", "--lang", "zh"))
                .isEqualTo("dsds: ASSESS.DATE：评定日期 assessedOn 晚于基准日 2023-12-31");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "30", "--as-of", "2023-12-31", "--lang", "en"))
                .isEqualTo("dsds: ASSESS.DATE: assessedOn is after the as-of date 2023-12-31");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "151", "--lang", "zh"))
                .isEqualTo("dsds: --age-years 必须在 0 到 150 之间，而不是 151");
        assertThat(error("grade", "--assessment", HEARING, "--birth-date", "2024-03-02", "--lang", "zh"))
                .isEqualTo("dsds: ASSESS.DATE：评定日期 assessedOn 早于出生日期");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "3", "--format", "html", "--lang", "zh"))
                .isEqualTo("dsds: grade 不支持 --format html（请用 text 或 json）");
        assertThat(error("grade", "--assessment", "{\"category\":", "--age-years", "3", "--lang", "zh"))
                .startsWith("dsds: FORMAT：评定 JSON 无效：");
    }

    @Test
    void convertErrors() {
        assertThat(error("convert", "--from", "military", "--lang", "zh"))
                .isEqualTo("dsds: 使用 --from military 时必须给出 --grade");
        assertThat(error("convert", "--from", "military", "--lang", "en"))
                .isEqualTo("dsds: --grade is required with --from military");
        assertThat(error("convert", "--from", "work-injury", "--grade", "3", "--nature", "DUTY", "--lang", "zh"))
                .isEqualTo("dsds: --nature 只适用于残疾军人和伤残人民警察的等级");
        assertThat(error("convert", "--from", "certificate-category", "--lang", "zh"))
                .isEqualTo("dsds: 使用 --from certificate-category 时必须给出 --code 和 --to");
        assertThat(error("convert", "--from", "nowhere", "--lang", "zh")).startsWith("dsds: 未知的 --from nowhere（可用：");
    }

    @Test
    void quotaErrors() throws IOException {
        Path employer = dir.resolve("employer.json");
        Files.writeString(employer, "{\"type\":\"ENTERPRISE\",\"staff\":100,\"disabledEmployees\":["
                + "{\"certificate\":\"CIVIL\",\"category\":\"VISUAL\",\"grade\":7}]}");
        assertThat(error("quota", employer.toString(), "--lang", "zh"))
                .isEqualTo("dsds: 用人单位无效：disabledEmployees[0]：grade（等级）必须在 1 到 4 之间");
        assertThat(error("quota", employer.toString(), "--lang", "en"))
                .isEqualTo("dsds: invalid employer: disabledEmployees[0]: grade must be 1-4");
        assertThat(error("quota", dir.resolve("none.json").toString(), "--lang", "zh"))
                .isEqualTo("dsds: 无法读取 none.json：文件不存在");
        Files.writeString(employer, "{} {}");
        assertThat(error("quota", employer.toString(), "--lang", "zh"))
                .isEqualTo("dsds: employer.json：FORMAT：第一个 JSON 值之后还有内容（第 1 行）");
    }

    @Test
    void picocliParseErrorsNameTheOptionAndNeverTheValue() {
        assertThat(error("grade", "--age-years", "3", "--lang", "zh")).isEqualTo("dsds: 缺少必需的 --assessment（见 --help）");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "630102198507150017", "--lang", "zh"))
                .isEqualTo("dsds: --age-years 的值无效（见 --help）");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "3", "--birth-date", "2000-01-01",
                "--lang", "zh")).isEqualTo("dsds: --birth-date, --age-years 不能同时使用（只给出其中一个）（见 --help）");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "3", "--no-such", "--lang", "zh"))
                .isEqualTo("dsds: 未知的选项 --no-such（见 --help）");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "3", "--as-of", "2025-01-01", "--as-of",
                "2025-01-02", "--lang", "zh")).isEqualTo("dsds: 选项 --as-of 只能给出一次（见 --help）");
        assertThat(error("grade", "--assessment", HEARING, "--age-years", "3", "--age-years", "4", "--lang", "zh"))
                .isEqualTo("dsds: --birth-date, --age-years 的值过多（见 --help）");
        // English keeps picocli's own wording
        assertThat(error("grade", "--age-years", "3", "--lang", "en")).startsWith("dsds: Missing required option");
    }

    @Test
    void everyTextHasBothLanguages() throws IOException {
        Properties english = load("cli-text.properties");
        Properties chinese = load("cli-text_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
