package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that run a batch validation ({@code validate}, {@code indicators}): exchange
 * files (JSON Lines by default, CSV by the {@code .csv} ending), {@code -} for standard input, the
 * bundled sample with {@code --sample}, and {@code --threads}. Opens each input in turn and validates it
 * with a listener of the caller's; every failure to read is a one-line {@link UserInputException}.
 */
final class ExchangeInputs {

    /** Class-path location of the bundled synthetic sample. */
    static final String SAMPLE_RESOURCE = "/org/disabilitystandards/examples/sample/sample.jsonl";
    /** The name the sample is reported under. */
    static final String SAMPLE_NAME = "sample.jsonl";

    /** Gives the listener of one input from its name and size in bytes (0 when unknown). */
    @FunctionalInterface
    interface Listeners {
        BatchListener forInput(String name, long size);
    }

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Exchange files: .jsonl/.ndjson (JSON Lines), .csv, or - for standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--sample", description = "Use the bundled synthetic sample.")
    private boolean sample;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    private Integer threads;

    /** Returns the names of the inputs, in the order they are read (the sample last). */
    List<String> names() {
        List<String> names = new ArrayList<>(files);
        if (sample) {
            names.add(SAMPLE_NAME);
        }
        return names;
    }

    /**
     * Builds the batch validator for a profile, after checking that there is input and a valid thread count.
     */
    ExchangeFileValidator validator(Profile profile, LocalDate asOf) {
        if (files.isEmpty() && !sample) {
            throw new UserInputException("no input: give FILE..., - for standard input, or --sample");
        }
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be at least 1");
        }
        ExchangeFileValidator.Builder builder = ExchangeFileValidator.builder(RecordValidator.forProfile(profile), asOf);
        if (threads != null) {
            builder.threads(threads);
        }
        return builder.build();
    }

    /** Validates every input in order and adds up the summaries. */
    BatchSummary validateAll(ExchangeFileValidator validator, Listeners listeners) {
        BatchSummary total = BatchSummary.empty();
        for (String name : files) {
            total = total.plus(validateOne(validator, name, listeners));
        }
        if (sample) {
            try (InputStream in = ExchangeInputs.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new UserInputException("the bundled sample is missing from this build");
                }
                total = total.plus(validator.validate(in, InputFormat.JSON_LINES, listeners.forInput(SAMPLE_NAME, 0)));
            } catch (IOException e) {
                throw new UserInputException("cannot read the bundled sample: " + e.getClass().getSimpleName());
            }
        }
        return total;
    }

    private static BatchSummary validateOne(ExchangeFileValidator validator, String name, Listeners listeners) {
        try {
            if ("-".equals(name)) {
                return validator.validate(System.in, InputFormat.JSON_LINES, listeners.forInput(name, 0));
            }
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                throw new UserInputException("cannot read " + name + ": no such file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return validator.validate(in, InputFormat.forFileName(name), listeners.forInput(name, Files.size(path)));
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + name + ": no such file");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + name + ": " + e.getClass().getSimpleName());
        }
    }
}
