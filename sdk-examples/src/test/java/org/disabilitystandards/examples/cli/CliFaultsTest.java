package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults of issue 18 at the command line: data destroyed, write failures, empty and foreign input, closed
 * standard input, unbounded options, the {@code @FILE} contract, trailing content and limits.
 */
class CliFaultsTest {

    @TempDir
    Path dir;

    private static String idNumber(int sequence) {
        return ValidateCommandTest.idNumber(sequence);
    }

    private static String record(String recordId, String idNumber) {
        return ValidateCommandTest.record(recordId, idNumber);
    }

    private Path records(String name, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            text.append(record("R-" + n, idNumber(n)));
        }
        text.append(record("R-1", "not-an-id"));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".dsds-"))
                    .collect(Collectors.toList());
        }
    }

    // 1. same-file outputs

    @Test
    void anIssuesFileThatIsTheInputIsRefusedBeforeAnythingIsOpened() throws IOException {
        Path input = records("in.jsonl", 5);
        byte[] before = Files.readAllBytes(input);
        for (String spelling : new String[] {input.toString(), dir.resolve(".").resolve("in.jsonl").toString(),
            dir.resolve("sub/../in.jsonl").toString()}) {
            Files.createDirectories(dir.resolve("sub"));
            CliRunner result = CliRunner.run("validate", input.toString(), "--issues", spelling);
            assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err).startsWith("dsds: --issues names the input file").hasLineCount(1);
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), input);
        assertThat(CliRunner.run("validate", input.toString(), "--issues", link.toString()).exitCode)
                .isEqualTo(ExitCodes.USAGE);
        Path hard = Files.createLink(dir.resolve("hard.jsonl"), input);
        assertThat(CliRunner.run("validate", input.toString(), "--issues", hard.toString()).exitCode)
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        // near miss: a different file in the same directory is fine
        assertThat(CliRunner.run("validate", input.toString(), "--issues", dir.resolve("issues.jsonl").toString())
                .exitCode).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void twoOutputsNamingOneFileAreRefused() throws IOException {
        Path same = dir.resolve("out.jsonl");
        CliRunner result = CliRunner.run("generate", "--count", "3", "--output", same.toString(), "--manifest",
                same.toString());
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err).contains("--manifest and --output name the same file");
        assertThat(same).doesNotExist();
        Path input = records("in.jsonl", 3);
        CliRunner indicators = CliRunner.run("indicators", input.toString(), "--output", input.toString());
        assertThat(indicators.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(input)).contains("R-3");
    }

    @Test
    void aFailedRunLeavesNoPartialIssuesFileAndNoTemporaryFile() throws IOException {
        Path good = records("good.jsonl", 50);
        Path issues = dir.resolve("issues.jsonl");
        CliRunner result = CliRunner.run("validate", good.toString(), dir.resolve("missing.jsonl").toString(),
                "--issues", issues.toString());
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(issues).doesNotExist();
        assertThat(leftovers()).isEmpty();
        // an earlier complete file is kept as it was when a later run fails
        Files.writeString(issues, "earlier\n");
        CliRunner.run("validate", good.toString(), dir.resolve("missing.jsonl").toString(), "--issues",
                issues.toString());
        assertThat(Files.readString(issues)).isEqualTo("earlier\n");
        assertThat(CliRunner.run("validate", good.toString(), "--issues", issues.toString()).exitCode)
                .isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(issues)).contains("FORMAT.DUPLICATE_RECORD_ID");
        assertThat(leftovers()).isEmpty();
    }

    // 3. write failures

    @Test
    void everyCommandExitsTwoWhenStandardOutputCannotBeWritten() throws IOException {
        Path input = records("in.jsonl", 3);
        Path employer = Files.writeString(dir.resolve("employer.json"),
                "{\"type\":\"ENTERPRISE\",\"staff\":100,\"disabledEmployees\":[]}");
        String[][] commands = {
            {"generate", "--count", "2000"},
            {"indicators", input.toString()},
            {"quota", employer.toString(), "--as-of", "2025-06-30"},
            {"id", idNumber(1)},
            {"convert", "--from", "military", "--grade", "3"},
            {"validate", input.toString(), "--fail-on", "never"},
            {"grade", "--assessment", "{\"category\":\"HEARING\",\"assessedOn\":\"2024-01-01\","
                + "\"measurements\":{\"averageLossDbHl\":70}}", "--age-years", "30"},
        };
        for (String[] command : commands) {
            CliRunner result = CliRunner.runWithFailingOutput(command);
            assertThat(result.exitCode).as(command[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err).as(command[0]).contains("cannot write standard output");
        }
    }

    @Test
    void anUnwritableIssuesFileIsAWriteFailureNotAReadFailure() throws IOException {
        Path input = records("in.jsonl", 3);
        // a regular file where the directory should be: no file can be created there, not even by root
        Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRunner result = CliRunner.run("validate", input.toString(), "--issues",
                notADirectory.resolve("issues.jsonl").toString());
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err).startsWith("dsds: cannot write ").doesNotContain("cannot read").hasLineCount(1);
    }

    // 4. empty input and missing header

    @Test
    void emptyInputFailsEvenWithFailOnWarning() throws IOException {
        for (String content : new String[] {"", "\n\n  \n"}) {
            Path empty = Files.writeString(dir.resolve("empty.jsonl"), content);
            CliRunner result = CliRunner.run("validate", empty.toString(), "--fail-on", "warning");
            assertThat(result.exitCode).isEqualTo(ExitCodes.FINDINGS);
            assertThat(result.out).contains("records: 0").contains("FORMAT.MALFORMED_JSON");
        }
        Path headerless = Files.writeString(dir.resolve("rows.csv"),
                "R-1," + idNumber(1) + ",张三,MALE,,630102,,,,,,\n");
        CliRunner csv = CliRunner.run("validate", headerless.toString());
        assertThat(csv.exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(csv.out).contains("FORMAT.MALFORMED_CSV");
    }

    // 6. foreign encodings

    @Test
    void utf16InputIsOneFileLevelIssueNotPhantomRecords() throws IOException {
        Path utf16 = dir.resolve("utf16.jsonl");
        Files.write(utf16, (record("R-1", idNumber(1)) + record("R-2", idNumber(2)))
                .getBytes(StandardCharsets.UTF_16));
        CliRunner result = CliRunner.run("validate", utf16.toString(), "--format", "json");
        assertThat(result.exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out).contains("\"records\":0").contains("\"FORMAT.MALFORMED_JSON\":1");
    }

    // 5. closed standard input

    @Test
    void aClosedStandardInputIsRefused() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "exec 0<&-; exec \"$0\" -cp \"$1\" "
                + Dsds.class.getName() + " validate -", java, System.getProperty("java.class.path"));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("standard input is closed");
    }

    // 9. owner-only personal-data files

    @Test
    void theIssuesFileIsOwnerOnlyMaskedOrNot() throws IOException {
        Path input = records("in.jsonl", 3);
        for (String[] extra : new String[][] {{}, {"--unmasked"}}) {
            Path issues = dir.resolve("issues" + extra.length + ".jsonl");
            String[] args = Stream.concat(Stream.of("validate", input.toString(), "--issues", issues.toString()),
                    Stream.of(extra)).toArray(String[]::new);
            CliRunner.run(args);
            assertThat(Files.getPosixFilePermissions(issues))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        Path generated = dir.resolve("generated.jsonl");
        CliRunner.run("generate", "--count", "5", "--output", generated.toString());
        assertThat(Files.getPosixFilePermissions(generated))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        // near miss: an aggregate report without personal data is readable by others
        Path report = dir.resolve("report.json");
        CliRunner.run("indicators", input.toString(), "--format", "json", "--output", report.toString());
        assertThat(Files.getPosixFilePermissions(report)).contains(PosixFilePermission.OTHERS_READ);
    }

    // 10. id from standard input; unmatched arguments are not echoed

    @Test
    void idReadsNumbersFromStandardInput() {
        CliRunner result = CliRunner.runWithInput((idNumber(1) + "\n\n" + idNumber(2) + "\n")
                .getBytes(StandardCharsets.UTF_8), "id", "-", "--format", "json");
        assertThat(result.exitCode).isZero();
        assertThat(result.out.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"valid\":true"));
        assertThat(result.out).doesNotContain(idNumber(1)).doesNotContain(idNumber(2));
    }

    @Test
    void anUnmatchedArgumentIsNeverEchoed() {
        CliRunner result = CliRunner.run("id", idNumber(1), idNumber(2));
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err).doesNotContain(idNumber(2)).doesNotContain(idNumber(2).substring(6, 14))
                .contains("18 characters");
        CliRunner escape = CliRunner.run("validate", "--sample", "--profile", "\u001b[31mX");
        assertThat(escape.err).doesNotContain("\u001b");
    }

    // 11. @FILE

    @Test
    void gradeReadsTheAssessmentFromAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{\"category\": \"HEARING\",\n \"assessedOn\": "
                + "\"2024-01-01\", \"measurements\": {\"averageLossDbHl\": 85}}\n");
        CliRunner result = CliRunner.run("grade", "--assessment", "@" + file, "--age-years", "30", "--format",
                "json");
        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("\"grade\":2");
        CliRunner directory = CliRunner.run("grade", "--assessment", "@" + dir, "--age-years", "30");
        assertThat(directory.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(directory.err).contains("it is a directory").hasLineCount(1);
        CliRunner missing = CliRunner.run("grade", "--assessment", "@" + dir.resolve("none.json"), "--age-years",
                "30");
        assertThat(missing.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err).contains("no such file").hasLineCount(1);
    }

    // 12. --threads

    @Test
    void threadsAreCapped() {
        for (String threads : new String[] {"1000000000", "257", "0"}) {
            CliRunner result = CliRunner.run("validate", "--sample", "--threads", threads);
            assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err).contains("--threads must be between 1 and 256");
        }
        assertThat(CliRunner.run("validate", "--sample", "--threads", "256").exitCode).isEqualTo(ExitCodes.FINDINGS);
    }

    // 13. trailing content, limits

    @Test
    void quotaRefusesContentAfterTheEmployer() throws IOException {
        Path employer = Files.writeString(dir.resolve("employer.json"),
                "{\"type\":\"ENTERPRISE\",\"staff\":100,\"disabledEmployees\":[]} {\"staff\":1}");
        CliRunner result = CliRunner.run("quota", employer.toString(), "--as-of", "2025-06-30");
        assertThat(result.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err).contains("more content after the first JSON value");
    }

    @Test
    void aDeepOrHugeTableHasItsOwnMessage() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        CliRunner nested = CliRunner.run("convert", "--from", "military", "--grade", "3", "--table", deep.toString());
        assertThat(nested.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(nested.err).contains("nested deeper than").doesNotContain("NullPointer");
        Path huge = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write('[');
            for (int i = 0; i < 600_000; i++) {
                out.write("1,".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("1]".getBytes(StandardCharsets.US_ASCII));
        }
        CliRunner large = CliRunner.run("convert", "--from", "military", "--grade", "3", "--table", huge.toString());
        assertThat(large.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(large.err).contains("larger than 1 MiB");
    }

    // 15. directories, FIFOs

    @Test
    void aDirectoryIsADirectoryAndAFifoIsReadable() throws Exception {
        CliRunner directory = CliRunner.run("validate", dir.toString());
        assertThat(directory.err).contains("it is a directory");
        Path fifo = dir.resolve("fifo.jsonl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(record("R-1", idNumber(1)).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliRunner result = CliRunner.run("validate", fifo.toString());
        writer.join();
        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("records: 1 (1 valid");
    }

    @Test
    void anOutputThatIsAFifoIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        StringBuilder received = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                received.append(Files.readString(fifo, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reader.start();
        CliRunner result = CliRunner.run("generate", "--count", "3", "--output", fifo.toString());
        reader.join();
        assertThat(result.exitCode).isZero();
        assertThat(received.toString().lines()).hasSize(3);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    // 16. --format offers only what a command does

    @Test
    void idOffersOnlyTextAndJson() {
        CliRunner html = CliRunner.run("id", idNumber(1), "--format", "html");
        assertThat(html.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("id", "--help").out).contains("text or json").doesNotContain("HTML");
    }

    @Test
    void noPipelineThreadOutlivesARun() {
        CliRunner.run("validate", "--sample", "--threads", "4");
        Set<String> alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("dsds-batch-")).collect(Collectors.toSet());
        assertThat(alive).isEmpty();
    }
}
