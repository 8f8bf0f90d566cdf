package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in Chinese: the language choice, summaries, errors, --issues messages, help, alignment. */
class CliChineseTest {

    @TempDir
    Path dir;

    @Test
    void theLocaleChoosesTheLanguageUnlessLangIsGiven() {
        assertThat(CliLanguage.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(CliLanguage.ZH);
        assertThat(CliLanguage.fromEnvironment(Map.of("LANG", "zh_TW.UTF-8"))).isEqualTo(CliLanguage.ZH);
        assertThat(CliLanguage.fromEnvironment(Map.of("LANG", "en_US.UTF-8"))).isEqualTo(CliLanguage.EN);
        assertThat(CliLanguage.fromEnvironment(Map.of("LANG", "C.UTF-8"))).isEqualTo(CliLanguage.EN);
        assertThat(CliLanguage.fromEnvironment(Map.of())).isEqualTo(CliLanguage.EN);
        // POSIX precedence: LC_ALL over LC_MESSAGES over LANG
        assertThat(CliLanguage.fromEnvironment(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8")))
                .isEqualTo(CliLanguage.EN);
        assertThat(CliLanguage.fromEnvironment(Map.of("LC_MESSAGES", "zh_CN.UTF-8", "LANG", "en_US.UTF-8")))
                .isEqualTo(CliLanguage.ZH);
        Map<String, String> chinese = Map.of("LANG", "zh_CN.UTF-8");
        assertThat(CliLanguage.resolve(new String[] {"validate", "--lang", "en"}, chinese)).isEqualTo(CliLanguage.EN);
        assertThat(CliLanguage.resolve(new String[] {"validate", "--lang=EN"}, chinese)).isEqualTo(CliLanguage.EN);
        assertThat(CliLanguage.resolve(new String[] {"validate"}, chinese)).isEqualTo(CliLanguage.ZH);
        assertThat(CliLanguage.resolve(new String[] {"validate", "--lang", "zh"}, Map.of())).isEqualTo(CliLanguage.ZH);
    }

    @Test
    void theSampleSummaryInChinese() {
        CliRunner zh = CliRunner.run("validate", "--sample", "--lang", "zh", "--as-of", "2025-12-31");
        assertThat(zh.exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(zh.out).contains("配置 national，基准日 2025-12-31：sample.jsonl").contains("记录：300 条（有效 ")
                .contains("问题：错误 ").contains("用时：");
        CliRunner en = CliRunner.run("validate", "--sample", "--lang", "en", "--as-of", "2025-12-31");
        assertThat(en.out).contains("records: 300 (").doesNotContain("记录");
    }

    @Test
    void errorsInChinese() throws IOException {
        CliRunner missing = CliRunner.run("validate", dir.resolve("none.jsonl").toString(), "--lang", "zh");
        assertThat(missing.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err).contains("无法读取").contains("文件不存在").hasLineCount(1);
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
        CliRunner same = CliRunner.run("validate", input.toString(), "--issues", input.toString(), "--lang", "zh");
        assertThat(same.err).contains("拒绝覆盖输入文件");
        CliRunner threads = CliRunner.run("validate", "--sample", "--threads", "0", "--lang", "zh");
        assertThat(threads.err).contains("--threads 必须在 1 到 256 之间");
        CliRunner full = CliRunner.runWithFailingOutput("id", "--lang", "zh", "630102198507150017");
        assertThat(full.err).contains("无法写入标准输出");
        CliRunner usage = CliRunner.run("validate", "--no-such-option", "--lang", "zh");
        assertThat(usage.err).contains("（见 --help）");
    }

    @Test
    void issuesMessagesInTheLanguageOfTheRun() throws IOException {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "not json\n");
        Path issues = dir.resolve("issues.jsonl");
        CliRunner.run("validate", input.toString(), "--issues", issues.toString(), "--lang", "zh");
        JsonNode zh = new ObjectMapper().readTree(Files.readString(issues, StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow());
        assertThat(zh.get("message").asText()).startsWith("该行不是 JSON 对象");
        CliRunner.run("validate", input.toString(), "--issues", issues.toString(), "--lang", "en");
        JsonNode en = new ObjectMapper().readTree(Files.readString(issues, StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow());
        assertThat(en.get("message").asText()).startsWith("The line is not a JSON object");
    }

    @Test
    void helpInChinese() {
        CliRunner help = CliRunner.run("validate", "--help", "--lang", "zh");
        assertThat(help.out).startsWith("用法：").contains("校验交换文件").contains("显示本帮助并退出");
        assertThat(CliRunner.run("validate", "--help", "--lang", "en").out).startsWith("Usage:");
    }

    @Test
    void columnsAlignByDisplayWidth() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("残疾人证")).isEqualTo(8);
        assertThat(DisplayWidth.of("（：）")).isEqualTo(6);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("𠀀")).isEqualTo(2);
        String ascii = DisplayWidth.padRight("FORMAT.X", 12) + "|";
        String cjk = DisplayWidth.padRight("格式错误", 12) + "|";
        assertThat(DisplayWidth.of(ascii)).isEqualTo(DisplayWidth.of(cjk)).isEqualTo(13);
        assertThat(cjk).hasSize(4 + 4 + 1);
        // near miss: text wider than the column is never cut
        assertThat(DisplayWidth.padRight("很长很长很长很长", 4)).isEqualTo("很长很长很长很长");
    }
}
