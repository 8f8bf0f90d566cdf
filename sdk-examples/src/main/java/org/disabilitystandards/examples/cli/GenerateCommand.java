package org.disabilitystandards.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.disabilitystandards.examples.generate.RecordGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dsds generate}: writes synthetic exchange records (JSON Lines, exchange format version 1) with a
 * chosen share of injected defects, streaming, so any count fits in constant memory. Same seed, same
 * output. {@code --manifest FILE} lists each defective line with the rule id a validator should report.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic exchange records (JSON Lines) with injected defects.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The language of errors and help (this command's output is data, the same in every language). */
    @Mixin
    private LanguageOption lang;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of records.")
    private long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--defect-rate", paramLabel = "R", defaultValue = "0.05",
            description = "Share of records with one injected defect, 0-1 (default: ${DEFAULT-VALUE}).")
    private double defectRate;

    @Option(names = "--profile", paramLabel = "qinghai", defaultValue = "qinghai",
            description = "Data profile; only qinghai is available (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Date the records are consistent with (default: 2025-12-31, so that output is reproducible).")
    private LocalDate asOf;

    @Option(names = "--no-format-defects", negatable = false,
            description = "Inject only standards defects: every line conforms to the JSON Schema.")
    private boolean noFormatDefects;

    @Option(names = "--service-programmes", negatable = false,
            description = "Add coded service records (children's rehabilitation aid, assistive-device fittings from "
                    + "the example catalogue, household retrofits) and their defects.")
    private boolean serviceProgrammes;

    @Option(names = "--output", paramLabel = "FILE", description = "Output file (default: stdout).")
    private Path output;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Write one JSON object per defective line: line, recordId, rule.")
    private Path manifest;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new UserInputException("--count must not be negative");
        }
        if (!(defectRate >= 0 && defectRate <= 1)) {
            throw new UserInputException("--defect-rate must be between 0 and 1");
        }
        if (!"qinghai".equalsIgnoreCase(profile)) {
            throw new UserInputException("unknown profile for generate: only qinghai is available");
        }
        RecordGenerator generator = RecordGenerator.builder().seed(seed).defectRate(defectRate)
                .formatDefects(!noFormatDefects).serviceProgrammes(serviceProgrammes).asOf(asOf != null ? asOf : RecordGenerator.DEFAULT_AS_OF).build();
        new DistinctFiles().output("--output", output).output("--manifest", manifest).check();
        try (OutputFile dataFile = output == null ? null : OutputFile.create(output, OutputFile.Access.OWNER_ONLY);
                OutputFile manifestFile = manifest == null ? null
                        : OutputFile.create(manifest, OutputFile.Access.OWNER_ONLY)) {
            Writer out = dataFile == null ? new FailFastWriter(spec.commandLine().getOut()) : writer(dataFile);
            Writer manifestOut = manifestFile == null ? null : writer(manifestFile);
            long defective;
            try {
                defective = generator.write(count, out, manifestOut);
                out.flush();
                if (manifestOut != null) {
                    manifestOut.flush();
                }
            } catch (IOException e) {
                throw dataFile == null ? UserInputException.of("error.cannotWriteStdout")
                        : OutputFile.failure(output, e);
            }
            if (manifestFile != null) {
                manifestFile.commit();
            }
            if (dataFile != null) {
                dataFile.commit();
                PrintWriter err = spec.commandLine().getErr();
                err.println("dsds: wrote " + count + " records (" + defective + " with a defect) to "
                        + ConsoleText.safe(output.toString()));
                err.flush();
            }
        }
        return ExitCodes.OK;
    }

    /** Synthetic records look like personal data (ID numbers, names): the files are owner-only. */
    private static Writer writer(OutputFile file) {
        return new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
    }
}
