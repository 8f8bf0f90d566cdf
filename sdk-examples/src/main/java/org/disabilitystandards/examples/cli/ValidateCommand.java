package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disabilitystandards.core.id.PersonalDataPolicy;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.report.BatchSummaryJson;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.xlsx.WorkbookAnnotations;
import org.disabilitystandards.xlsx.WorkbookException;
import org.disabilitystandards.xlsx.XlsxAnnotator;
import org.disabilitystandards.xlsx.XlsxRowSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dsds validate}: validates exchange files (JSON Lines, {@code -} for standard input, the CSV
 * flavour, {@code .xlsx} workbooks) or a database table or query against a profile, streaming and in parallel,
 * and prints a summary (text or one JSON object).
 * {@code --issues FILE} writes every issue as one JSON object per line, with its message in the language of the run (--lang) and the
 * record's ID number masked; no message contains a full ID number or a name. {@code --unmasked} is the
 * explicit opt-in for full ID numbers in that file. {@code --annotate OUT.xlsx} writes the workbook input back
 * with its problem cells marked and the messages in Chinese. Exit code 0 when nothing reaches {@code --fail-on}, 1 when
 * something does, 2 on a usage or input error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate exchange files (JSON Lines, CSV or .xlsx) or a database table and print a summary.")
final class ValidateCommand implements Callable<Integer> {

    /** Inputs above this size get a progress bar when stderr is a terminal. */
    static final long PROGRESS_MIN_BYTES = 8L << 20;

    /** When the run counts as failed. */
    enum FailOn {
        /** Any ERROR. */
        ERROR,
        /** Any ERROR or WARNING. */
        WARNING,
        /** Never: exit 0 whatever the findings. */
        NEVER
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExchangeInputs inputs;

    @Option(names = "--profile", paramLabel = "national|qinghai", defaultValue = "national",
            description = "Validation profile (default: ${DEFAULT-VALUE}).")
    private String profileName;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private LanguageOption lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Summary format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--issues", paramLabel = "FILE", description = "Write every issue as one JSON object per line.")
    private Path issuesFile;

    @Option(names = "--unmasked", description = "Write full ID numbers into the --issues file (personal data; "
            + "off by default: ID numbers are masked).")
    private boolean unmasked;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit 1 when an issue of this severity or worse is found (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--lenient", description = "Accept 15-digit ID numbers, converted with WARNING ID.CONVERTED.")
    private boolean lenient;

    @Option(names = "--annotate", paramLabel = "XLSX", description = "Write a copy of the .xlsx input with "
            + "the problem cells marked and the messages in Chinese (one workbook input only).")
    private Path annotate;

    @Override
    public Integer call() {
        if (format == OutputFormat.HTML) {
            throw new UserInputException("--format html is not available for validate (use text or json)");
        }
        Profile profile = Profile.find(profileName).orElseThrow(() -> UserInputException.of(
                "error.unknownProfile", ConsoleText.safe(profileName), String.join(", ", Profile.names())));
        if (lenient) {
            profile = profile.toBuilder().parameters(p -> p.acceptFifteenDigitIds(true)).build();
        }
        LocalDate date = asOf.asOf();
        ExchangeFileValidator validator = inputs.validator(profile, date);
        outputs().check();
        Path workbook = annotatedWorkbook();
        WorkbookAnnotations annotations = workbook == null ? null : new WorkbookAnnotations();
        BatchSummary total;
        PersonalDataPolicy policy = unmasked ? PersonalDataPolicy.UNMASKED : PersonalDataPolicy.MASKED;
        try (IssueWriter issues = issuesFile == null ? null : IssueWriter.open(issuesFile, policy, lang.locale())) {
            total = inputs.validateAll(validator, (name, size) -> listener(name, issues, annotations, size));
            if (issues != null) {
                issues.commit();
            }
        }
        if (workbook != null) {
            writeAnnotated(workbook, annotations);
        }
        print(profile.name(), date, inputs.names(), total);
        return exitCode(total);
    }

    /**
     * Names every input and output file, so that no output overwrites an input or another output; an output
     * option added to this command is added here.
     */
    private DistinctFiles outputs() {
        return inputs.declare(new DistinctFiles()).output("--issues", issuesFile).output("--annotate", annotate);
    }

    /** Checks {@code --annotate}: exactly one input, a workbook, and an {@code .xlsx} target. */
    private Path annotatedWorkbook() {
        if (annotate == null) {
            return null;
        }
        if (inputs.names().size() != 1 || inputs.files().size() != 1 || !ExchangeInputs.isWorkbook(inputs.files().get(0))) {
            throw new UserInputException("--annotate needs exactly one .xlsx workbook as input");
        }
        if (!annotate.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserInputException("--annotate writes a workbook: give it an .xlsx name");
        }
        return Path.of(inputs.files().get(0));
    }

    private void writeAnnotated(Path source, WorkbookAnnotations annotations) {
        try (XlsxRowSource opened = inputs.tables().open(source)) {
            XlsxAnnotator.write(source, inputs.tables().optionsFor(opened), annotations, annotate);
        } catch (IOException e) {
            throw UserInputException.of("error.cannotWrite", ConsoleText.safe(annotate.toString()),
                    e instanceof WorkbookException ? ConsoleText.safe(e.getMessage()) : e.getClass().getSimpleName());
        }
    }

    private BatchListener listener(String name, IssueWriter issues, WorkbookAnnotations annotations, long size) {
        ProgressBar progress = size > PROGRESS_MIN_BYTES && System.console() != null
                ? new ProgressBar(spec.commandLine().getErr(), name, size) : null;
        return new BatchListener() {
            @Override
            public void onIssue(Issue issue) {
                if (issues != null) {
                    issues.write(name, issue);
                }
                if (annotations != null) {
                    annotations.onIssue(issue);
                }
            }

            @Override
            public void onRecord(long line, PersonRecord record) {
                if (issues != null) {
                    issues.record(name, line, record);
                }
            }

            @Override
            public void onProgress(long records, long bytesRead) {
                if (progress != null) {
                    progress.update(records, bytesRead);
                }
            }
        };
    }

    private int exitCode(BatchSummary summary) {
        long errors = summary.count(Severity.ERROR);
        long warnings = summary.count(Severity.WARNING);
        boolean failed = failOn == FailOn.ERROR ? errors > 0
                : failOn == FailOn.WARNING && errors + warnings > 0;
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void print(String profile, LocalDate date, List<String> names, BatchSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.print(out, BatchSummaryJson.toJson(profile, date, names, summary));
            return;
        }
        Locale locale = lang.locale();
        out.println(CliText.render(locale, "validate.header", profile, date, String.join(", ", names)));
        out.println(CliText.render(locale, "validate.records", String.valueOf(summary.records()),
                String.valueOf(summary.validRecords()), String.valueOf(summary.invalidRecords())));
        out.println(CliText.render(locale, "validate.issues", String.valueOf(summary.count(Severity.ERROR)),
                String.valueOf(summary.count(Severity.WARNING)), String.valueOf(summary.count(Severity.INFO))));
        for (Map.Entry<String, Long> rule : summary.rules().entrySet()) {
            out.println("  " + DisplayWidth.padRight(rule.getKey(), 40) + " " + rule.getValue());
        }
        out.println(CliText.render(locale, "validate.elapsed", String.valueOf(summary.elapsed().toMillis())));
        out.flush();
    }

    /**
     * Writes issues as JSON Lines: file, line, recordId, idNumber (masked unless {@code --unmasked}, and only
     * for lines that held a readable record), rule, severity, path, message (in the language of --lang). The issues of one
     * line are held until that line's record (which the batch run delivers after them) gives the ID number.
     */
    private static final class IssueWriter implements AutoCloseable {

        private static final MessageRenderer MESSAGES = MessageRenderer.standard();

        private final OutputFile file;
        private final Path path;
        private final JsonGenerator json;
        private final PersonalDataPolicy policy;
        private final Locale locale;
        private final List<Issue> pending = new ArrayList<>();
        private String pendingFile;
        private long pendingLine = -1;

        private IssueWriter(OutputFile file, Path path, JsonGenerator json, PersonalDataPolicy policy,
                Locale locale) {
            this.file = file;
            this.path = path;
            this.json = json;
            this.policy = policy;
            this.locale = locale;
        }

        /** Opens the file: owner-only, whether masked or not, since it holds record ids and findings. */
        static IssueWriter open(Path path, PersonalDataPolicy policy, Locale locale) {
            OutputFile file = OutputFile.create(path, OutputFile.Access.OWNER_ONLY);
            try {
                JsonGenerator json = new JsonFactory().createGenerator(file.stream(), JsonEncoding.UTF8);
                json.setRootValueSeparator(null);
                return new IssueWriter(file, path, json, policy, locale);
            } catch (IOException e) {
                file.close();
                throw OutputFile.failure(path, e);
            }
        }

        /** Writes what is pending and puts the file in place; without this, closing discards it. */
        void commit() {
            flush(null);
            try {
                json.flush();
            } catch (IOException e) {
                throw OutputFile.failure(path, e);
            }
            file.commit();
        }

        void write(String file, Issue issue) {
            long line = issue.line().orElse(0);
            if (line != pendingLine || !file.equals(pendingFile)) {
                flush(null);
                pendingFile = file;
                pendingLine = line;
            }
            pending.add(issue);
        }

        void record(String file, long line, PersonRecord record) {
            if (line == pendingLine && file.equals(pendingFile)) {
                flush(record.idNumber());
            }
        }

        private void flush(String idNumber) {
            try {
                for (Issue issue : pending) {
                    json.writeStartObject();
                    json.writeStringField("file", pendingFile);
                    json.writeNumberField("line", issue.line().orElse(0));
                    json.writeStringField("recordId", issue.recordId().orElse(null));
                    if (idNumber != null) {
                        json.writeStringField("idNumber", policy.show(idNumber));
                    }
                    json.writeStringField("rule", issue.ruleId());
                    json.writeStringField("severity", issue.severity().name());
                    json.writeStringField("path", issue.path());
                    if (issue.position().isPresent()) {
                        json.writeStringField("position", issue.position().get());
                    }
                    json.writeStringField("message", MESSAGES.render(issue, locale));
                    json.writeEndObject();
                    json.writeRaw('\n');
                }
            } catch (IOException e) {
                throw OutputFile.failure(path, e);
            }
            pending.clear();
        }

        /** Discards the file unless {@link #commit} put it in place. */
        @Override
        public void close() {
            file.close();
        }
    }

    /** A one-line progress bar on stderr, redrawn at most every 200 ms. */
    private static final class ProgressBar {

        private static final int WIDTH = 30;
        private static final long REDRAW_NANOS = 200_000_000L;

        private final PrintWriter err;
        private final String name;
        private final long size;
        private long lastDraw;

        ProgressBar(PrintWriter err, String name, long size) {
            this.err = err;
            this.name = name;
            this.size = size;
        }

        void update(long records, long bytesRead) {
            long now = System.nanoTime();
            boolean done = bytesRead >= size;
            if (!done && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.min(WIDTH, bytesRead * WIDTH / size);
            err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + Math.min(100, bytesRead * 100 / size) + "% " + records + " records");
            if (done) {
                err.println();
            }
            err.flush();
        }
    }
}
