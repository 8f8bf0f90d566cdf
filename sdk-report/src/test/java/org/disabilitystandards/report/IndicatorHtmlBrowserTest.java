package org.disabilitystandards.report;

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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium, checks the DOM the browser built and the pixels it drew,
 * and keeps the screenshot as a build artefact ({@code target/indicator-report/}). Skipped only when no
 * Chromium binary is on the PATH; CI installs the Debian {@code chromium} package in {@code .ci/run}.
 */
class IndicatorHtmlBrowserTest {

    private static final Path ARTEFACTS = Path.of("target", "indicator-report");
    private static Path chromium;
    private static Path page;

    @BeforeAll
    static void renderPage() throws IOException {
        Optional<Path> binary = findChromium();
        Assumptions.assumeTrue(binary.isPresent(),
                "no chromium binary on the PATH: install the Debian 'chromium' package to run the browser test");
        chromium = binary.get();
        Files.createDirectories(ARTEFACTS);
        page = ARTEFACTS.resolve("indicators.html").toAbsolutePath();
        Files.writeString(page, IndicatorHtmlRenderer.bundled().render(SampleReports.sample()), StandardCharsets.UTF_8);
    }

    private static Optional<Path> findChromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String runChromium(Path profile, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1280,2000"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path output = profile.resolveSibling(profile.getFileName() + ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("chromium finished within 180 s").isTrue();
        assertThat(process.exitValue()).as("chromium exit code").isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Test
    void browserBuildsTheDomWithOneChartPerIndicator(@TempDir Path temp) throws Exception {
        String dom = runChromium(temp.resolve("dom-profile"), "--dump-dom");
        assertThat(dom).contains("<title>青海省“十四五”残疾人保障和发展主要指标 · Qinghai 14th five-year plan");
        int charts = 0;
        for (int at = dom.indexOf("class=\"indicator-chart\""); at >= 0;
                at = dom.indexOf("class=\"indicator-chart\"", at + 1)) {
            charts++;
        }
        assertThat(charts).isEqualTo(12);
        assertThat(dom).contains("id=\"regions\"").contains("id=\"validation\"");
    }

    @Test
    void browserDrawsTheChartsInTheirColours(@TempDir Path temp) throws Exception {
        Path screenshot = ARTEFACTS.resolve("indicators.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        runChromium(temp.resolve("shot-profile"), "--screenshot=" + screenshot, "--hide-scrollbars");
        assertThat(screenshot).exists();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(pixels(image, 0x2e7d32)).as("green (met) pixels").isGreaterThan(500);
        assertThat(pixels(image, 0xc62828)).as("red (not met) pixels").isGreaterThan(500);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
