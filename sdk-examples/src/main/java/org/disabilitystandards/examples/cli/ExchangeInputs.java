package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.batch.UnreadableInputException;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.disabilitystandards.xlsx.WorkbookException;
import org.disabilitystandards.xlsx.XlsxRowSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that run a batch validation ({@code validate}, {@code indicators}): exchange
 * files (JSON Lines by default, CSV by the {@code .csv} ending, workbooks by {@code .xlsx}), {@code -} for
 * standard input, the bundled sample with {@code --sample}, a database ({@link TableInputs}), {@code --encoding}
 * of text input, and {@code --threads}. Opens each input in turn and validates it
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
            description = "Exchange files: .jsonl/.ndjson (JSON Lines), .csv, .xlsx (workbook), or - for "
                    + "standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--sample", description = "Use the bundled synthetic sample.")
    private boolean sample;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    private Integer threads;

    /** The most worker threads {@code --threads} accepts. */
    static final int MAX_THREADS = 256;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Text encoding of CSV and JSON Lines input, e.g. GB18030 as Excel on Chinese Windows "
                    + "saves CSV (default: ${DEFAULT-VALUE}).")
    private String encoding;

    @Mixin
    private TableInputs tables;

    @Option(names = "--catalogue", paramLabel = "CSV",
            description = "Assistive-device catalogue (CSV with # id / # version / # basis lines) that switches on "
                    + "the fitting rules DEVICE.*.")
    private Path catalogue;

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
        if (catalogue != null) {
            files.input("--catalogue", catalogue.toString());
        }
        return files;
    }

    /** Returns the names of the inputs, in the order they are read (the sample last). */
    List<String> names() {
        List<String> names = new ArrayList<>(files);
        if (sample) {
            names.add(SAMPLE_NAME);
        }
        if (tables.hasDatabase()) {
            names.add(tables.databaseName());
        }
        return names;
    }

    /** Returns the exchange files given (not the sample, not a database). */
    List<String> files() {
        return files;
    }

    /** Returns the table-shaped input options. */
    TableInputs tables() {
        return tables;
    }

    /** Returns whether a file name is a workbook's. */
    static boolean isWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }

    /**
     * Builds the batch validator for a profile, after checking that there is input and a valid thread count.
     */
    ExchangeFileValidator validator(Profile profile, LocalDate asOf) {
        if (files.isEmpty() && !sample && !tables.hasDatabase()) {
            throw UserInputException.of("error.noInput");
        }
        charset();
        tables.checkColumns();
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw UserInputException.of("error.threads", MAX_THREADS);
        }
        RecordValidator records = RecordValidator.forProfile(profile);
        if (catalogue != null) {
            records = records.withAssistiveProductCatalogue(catalogue());
        }
        ExchangeFileValidator.Builder builder = ExchangeFileValidator.builder(records, asOf);
        if (threads != null) {
            builder.threads(threads);
        }
        return builder.build();
    }

    /** Validates every input in order and adds up the summaries. */
    BatchSummary validateAll(ExchangeFileValidator validator, Listeners listeners) {
        BatchSummary total = BatchSummary.empty();
        for (String name : files) {
            total = total.plus(isWorkbook(name) ? validateWorkbook(validator, name, listeners)
                    : validateOne(validator, name, listeners));
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
        if (tables.hasDatabase()) {
            total = total.plus(tables.validateDatabase(validator, listeners.forInput(tables.databaseName(), 0)));
        }
        return total;
    }

    /** Loads {@code --catalogue}; its errors name the line and column, never a value. */
    private AssistiveProductCatalogue catalogue() {
        String shown = ConsoleText.safe(catalogue.toString());
        if (Files.isDirectory(catalogue)) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.directory"));
        }
        if (!Files.exists(catalogue)) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.noSuchFile"));
        }
        try {
            return AssistiveProductCatalogue.load(catalogue);
        } catch (TableException e) {
            if (e.reason() == TableException.Reason.UNREADABLE) {
                throw UserInputException.of("error.cannotRead", shown, e.getCause().getClass().getSimpleName());
            }
            throw UserInputException.of("error.catalogue", shown, ConsoleText.safe(e.getMessage()));
        }
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw UserInputException.of("error.unknownCharset", ConsoleText.safe(encoding));
        }
    }

    private BatchSummary validateWorkbook(ExchangeFileValidator validator, String name, Listeners listeners) {
        String shown = ConsoleText.safe(name);
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.directory"));
        }
        if (!Files.isRegularFile(path)) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.noSuchFile"));
        }
        try (XlsxRowSource source = tables.open(path)) {
            return validator.validate(source, tables.mapping(), listeners.forInput(name, 0));
        } catch (UnreadableInputException | WorkbookException e) {
            throw UserInputException.of("error.cannotRead", shown, ConsoleText.safe(e.getMessage()));
        } catch (IOException e) {
            throw UserInputException.of("error.cannotRead", shown, e.getClass().getSimpleName());
        }
    }

    private BatchSummary validateOne(ExchangeFileValidator validator, String name, Listeners listeners) {
        String shown = ConsoleText.safe(name);
        Charset charset = charset();
        try {
            if ("-".equals(name)) {
                StandardInput.requireOpen();
                return validator.validate(System.in, InputFormat.JSON_LINES, charset, listeners.forInput(name, 0));
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
                return validator.validate(in, InputFormat.forFileName(name), charset, listeners.forInput(name, size));
            }
        } catch (NoSuchFileException e) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.noSuchFile"));
        } catch (java.nio.file.AccessDeniedException e) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.permission"));
        } catch (java.nio.file.InvalidPathException e) {
            throw UserInputException.of("error.cannotRead", shown, new UserInputException.Reason("reason.invalidName"));
        } catch (UnreadableInputException e) {
            throw UserInputException.of("error.cannotRead", shown, ConsoleText.safe(e.getMessage()));
        } catch (IOException e) {
            throw UserInputException.of("error.cannotRead", shown, e.getClass().getSimpleName());
        }
    }
}
