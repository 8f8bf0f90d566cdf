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

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files",
            description = "Exchange files: .jsonl/.ndjson (JSON Lines), .csv, or - for standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--sample", description = "Use the bundled synthetic sample.")
    private boolean sample;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    private Integer threads;

    /** The most worker threads {@code --threads} accepts. */
    static final int MAX_THREADS = 256;

    /**
     * Adds the input files to a same-file check.
     *
     * @param files the check
     * @return the check
     */
    DistinctFiles declare(DistinctFiles files) {
        for (String name : this.files) {
            files.input("FILE", name);
        }
        return files;
    }

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
            throw UserInputException.of("error.noInput");
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw UserInputException.of("error.threads", MAX_THREADS);
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
        String shown = ConsoleText.safe(name);
        try {
            if ("-".equals(name)) {
                StandardInput.requireOpen();
                return validator.validate(System.in, InputFormat.JSON_LINES, listeners.forInput(name, 0));
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.directory"));
            }
            if (!Files.exists(path)) {
                throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.noSuchFile"));
            }
            // regular files, and also FIFOs and devices such as /dev/stdin (size unknown: 0)
            long size = Files.isRegularFile(path) ? Files.size(path) : 0;
            try (InputStream in = Files.newInputStream(path)) {
                return validator.validate(in, InputFormat.forFileName(name), listeners.forInput(name, size));
            }
        } catch (NoSuchFileException e) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.noSuchFile"));
        } catch (java.nio.file.AccessDeniedException e) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.permission"));
        } catch (java.nio.file.InvalidPathException e) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.invalidName"));
        } catch (IOException e) {
            throw UserInputException.of("error.cannotRead", shown, e.getClass().getSimpleName());
        }
    }
}
