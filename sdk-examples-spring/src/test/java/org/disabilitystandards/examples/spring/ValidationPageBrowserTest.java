package org.disabilitystandards.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.report.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the validation page in headless Chromium against the running application: the page uploads the
 * bundled sample (profile qinghai, as of 2025-06-30, English messages), and the DOM the browser built must
 * show the SDK's own summary counts and the row of a rule; the screenshot is kept in
 * {@code target/validation-page/}. Skipped only when no Chromium binary is on the PATH (CI installs the
 * Debian {@code chromium} package).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidationPageBrowserTest {

    private static final Path ARTEFACTS = Path.of("target", "validation-page");
    private static final String QUERY = "/?sample=1&profile=qinghai&asOf=2025-06-30&lang=en";

    private static Path chromium;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void findChromium() throws IOException {
        Optional<Path> binary = onPath();
        Assumptions.assumeTrue(binary.isPresent(),
                "no chromium binary on the PATH: install the Debian 'chromium' package to run the browser test");
        chromium = binary.get();
        Files.createDirectories(ARTEFACTS);
    }

    @Test
    void thePageValidatesTheSampleAndShowsTheSdksCountsAndRuleRows(@TempDir Path temp) throws Exception {
        String dom = browse(temp.resolve("dom"), "--dump-dom");
        Files.writeString(ARTEFACTS.resolve("page.html"), dom, StandardCharsets.UTF_8);
        assertThat(dom).contains("data-state=\"done\"");
        BatchSummary expected = ValidationApiTest.expectedSummary("qinghai");
        assertThat(cell(dom, "records")).isEqualTo("300").isEqualTo(String.valueOf(expected.records()));
        assertThat(cell(dom, "invalid-records")).isEqualTo(String.valueOf(expected.invalidRecords()));
        assertThat(cell(dom, "errors")).isEqualTo(String.valueOf(expected.count(Severity.ERROR)));
        assertThat(cell(dom, "warnings")).isEqualTo(String.valueOf(expected.count(Severity.WARNING)));
        assertThat(cell(dom, "infos")).isEqualTo(String.valueOf(expected.count(Severity.INFO)));

        String rule = expected.rules().keySet().iterator().next();
        Matcher row = Pattern.compile("<tr class=\"(ERROR|WARNING|INFO)\" data-rule=\"" + Pattern.quote(rule)
                + "\"><td>" + Pattern.quote(rule) + "</td><td>\\1</td><td>(\\d+)</td><td>([^<]+)</td>").matcher(dom);
        assertThat(row.find()).as("row of rule %s in %s", rule, dom).isTrue();
        assertThat(Long.parseLong(row.group(2))).isEqualTo(expected.rules().get(rule));
        assertThat(row.group(3)).doesNotContainPattern("\\p{IsHan}").isNotBlank();
        assertThat(dom).containsPattern("<a id=\"indicator-link\" target=\"_blank\" href=\"blob:");
    }

    @Test
    void theScreenshotShowsTheSummary(@TempDir Path temp) throws Exception {
        Path screenshot = ARTEFACTS.resolve("validation-page.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        browse(temp.resolve("shot"), "--screenshot=" + screenshot, "--hide-scrollbars");
        assertThat(screenshot).exists();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0xc62828) {
                    red++;
                }
            }
        }
        assertThat(red).as("pixels of ERROR rows drawn in #c62828 (the results were rendered)").isGreaterThan(20);
    }

    private static String cell(String dom, String id) {
        Matcher matcher = Pattern.compile("<td id=\"" + id + "\">([^<]*)</td>").matcher(dom);
        assertThat(matcher.find()).as("cell %s", id).isTrue();
        return matcher.group(1);
    }

    private String browse(Path profile, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1600",
                "--virtual-time-budget=60000"));
        command.addAll(List.of(extra));
        command.add("http://127.0.0.1:" + port + QUERY);
        Path output = profile.resolveSibling(profile.getFileName() + ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("chromium finished within 240 s").isTrue();
        assertThat(process.exitValue()).as("chromium exit code").isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(File.pathSeparator))
                .flatMap(directory -> java.util.stream.Stream.of("chromium", "chromium-browser")
                        .map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
