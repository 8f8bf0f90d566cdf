package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.examples.Digests.sha256;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disabilitystandards.examples.generate.RecordGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The renderings that moved to sdk-report print the same bytes as before the move: the SHA-256 digests of the
 * JSON and HTML answers of {@code validate}, {@code indicators}, {@code grade} and {@code quota} were recorded with
 * {@code java -jar dsds.jar} on main at 82a77bf, over 500 generated records (seed 3, defect rate 0.3, no format
 * defects). The input's path is shown as {@code g3nf.jsonl} and {@code elapsedMillis} as {@code X}, as in the
 * recording. A deliberate change of an answer records its new digest here and says why in the changelog.
 */
class RenderingDigestTest {

    private static final String DATA = "g3nf.jsonl";
    private static final String HEARING_40 = "{\"category\":\"HEARING\",\"assessedOn\":\"2024-03-01\",\"grade\":2,"
            + "\"measurements\":{\"averageLossDbHl\":40}}";
    private static final String INTELLECTUAL = "{\"category\":\"INTELLECTUAL\",\"assessedOn\":\"2024-03-01\","
            + "\"measurements\":{\"iq\":60,\"adaptiveBehavior\":\"SEVERE\"}}";

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeRecords() throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(DATA), StandardCharsets.UTF_8)) {
            RecordGenerator.builder().seed(3).defectRate(0.3).formatDefects(false).build().write(500, out, null);
        }
        Files.writeString(dir.resolve("e1.json"), "{\"type\":\"PARTY_GOVERNMENT_ORGAN\",\"level\":\"PREFECTURE\","
                + "\"staff\":50}\n");
        Files.writeString(dir.resolve("e2.json"), "{\"type\":\"ENTERPRISE\",\"staff\":200,\"disabledEmployees\":["
                + "{\"certificate\":\"CIVIL\",\"category\":\"VISUAL\",\"grade\":1},{\"certificate\":\"MILITARY\","
                + "\"grade\":3}]}\n");
        Files.writeString(dir.resolve("e3.json"), "{\"type\":\"DISABLED_PERSONS_FEDERATION_ORGAN\",\"level\":"
                + "\"PROVINCE\",\"staff\":40,\"cadres\":10,\"disabledCadres\":[{\"certificate\":\"CIVIL\","
                + "\"category\":\"PHYSICAL\",\"grade\":2}]}\n");
    }

    private static String run(String command) {
        String[] args = command.split(" ");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(DATA) || args[i].matches("e[123]\\.json")) {
                args[i] = dir.resolve(args[i]).toString();
            } else if (args[i].equals("HEARING_40")) {
                args[i] = HEARING_40;
            } else if (args[i].equals("INTELLECTUAL")) {
                args[i] = INTELLECTUAL;
            }
        }
        CliRunner result = CliRunner.run(args);
        assertThat(result.err).as(command).isEmpty();
        return result.out.replace(dir.resolve(DATA).toString(), DATA)
                .replaceAll("\"elapsedMillis\":[0-9]+", "\"elapsedMillis\":X");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "validate g3nf.jsonl --profile qinghai --as-of 2025-12-31 --format json --fail-on never"
                + "|05122deb2fcc87c2543c386185e0d69322495d54c0a255dea43e52fba8b24386",
        "validate g3nf.jsonl --profile qinghai --as-of 2025-12-31 --format json --fail-on never --lang zh"
                + "|05122deb2fcc87c2543c386185e0d69322495d54c0a255dea43e52fba8b24386",
        "indicators g3nf.jsonl --as-of 2025-12-31 --format json"
                + "|25747ded7270e734e0ceb21195549f6db994260255f8d4b092e40d75d723da6b",
        "indicators g3nf.jsonl --as-of 2025-12-31 --format json --by county"
                + "|02cffde5420d18941aa4c31629cf338328f54f11348f851eb3abf74694d66853",
        "indicators g3nf.jsonl --as-of 2025-12-31 --format html"
                + "|5a1637db54ca33715d5e912650121d4006a22aa97358546235e5cf6c5848d429",
        "indicators g3nf.jsonl --as-of 2025-12-31 --format html --by county"
                + "|640ed14a59eef755b1d1989157fe86068ce129be40a38de33df23c1baf3e1f73",
        "grade --assessment HEARING_40 --age-years 30 --format json --as-of 2025-12-31"
                + "|40945982e4c09520af817fbe88507c564a27e08f4179e508708fb6fcdd23541f",
        "grade --assessment INTELLECTUAL --age-years 12 --format json --as-of 2025-12-31"
                + "|811f6fa19aaec08acf6a41ff1adb9eac2caa7cc5e5750fddb136d0822b0bd0ae",
        "quota e1.json --as-of 2025-06-30 --format json"
                + "|e8b17a1b773a0c6d231a3707084802d21b49d66a1d31ec9ea05b22c69ca06b98",
        "quota e1.json --as-of 2025-06-30 --format json --lang zh"
                + "|eb7b3e2d557f9e47ec5b15247d72be3403094bdcc6cac6514fe999f54fa5a8b2",
        "quota e2.json --as-of 2025-06-30 --format json"
                + "|acb70a31c5ce97455c2008db4ac5fc2ed520d9186608cc23620ea0b1cedef627",
        "quota e3.json --as-of 2025-06-30 --format json"
                + "|f2475936e41a85e48edfdb89c3922c50fc63cf7f7130f502da77883f978b0804",
        "quota e3.json --as-of 2025-06-30 --format json --lang zh"
                + "|0a04e539f3b6060083ee580db23156f57b66d70e786b8949dc0781e177e5ccd0"})
    void answersAreByteIdenticalToMain(String command, String digest) {
        assertThat(sha256(run(command))).as(command).isEqualTo(digest);
    }
}
