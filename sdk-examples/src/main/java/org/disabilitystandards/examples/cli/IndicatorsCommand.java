package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.report.IndicatorHtmlRenderer;
import org.disabilitystandards.report.IndicatorReportJson;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorKind;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.indicator.IndicatorReport;
import org.disabilitystandards.validation.indicator.IndicatorResult;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dsds indicators}: computes the plan's indicators (专栏1 and 专栏6) from exchange files in one
 * parallel batch run: {@link ExchangeFileValidator} validates every line and hands each readable record,
 * in file order, to an {@link IndicatorAccumulator}; the issue counts by rule of the same run become the
 * report's validation summary. Output as text, one JSON object, or a self-contained HTML page, on stdout
 * or in {@code --output}. Exit code 0 whenever the indicators were computed (unmet targets and invalid
 * records are part of the answer), 2 for a usage or input error. No output holds a name or an ID number.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Compute the plan's indicators from exchange files (text, JSON or an HTML report).")
final class IndicatorsCommand implements Callable<Integer> {

    /** Regional breakdowns of {@code --by}. */
    enum By {
        /** Prefecture-level units (first four digits of the current code). */
        PREFECTURE(Breakdown.PREFECTURE),
        /** County-level units (the current six-digit code). */
        COUNTY(Breakdown.COUNTY),
        /** The region code of the records: county-level units, as {@code county}. */
        REGION(Breakdown.COUNTY);

        private final Breakdown breakdown;

        By(Breakdown breakdown) {
            this.breakdown = breakdown;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExchangeInputs inputs;

    @Option(names = "--profile", paramLabel = "qinghai", defaultValue = "qinghai",
            description = "Indicator profile, also the validation profile of the summary (default: ${DEFAULT-VALUE}).")
    private String profileName;

    @Option(names = "--by", paramLabel = "prefecture|county|region",
            description = "Regional breakdown; region is the county-level region code.")
    private By by;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Output format: text, json or html (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    private Path output;

    @Mixin
    private AsOfOption asOf;

    /** The language of errors and help (this command's output is data, the same in every language). */
    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        IndicatorProfile indicatorProfile;
        try {
            indicatorProfile = IndicatorProfile.byName(profileName);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown indicator profile " + profileName + " (known: qinghai)");
        }
        Profile profile = Profile.find(profileName).orElseThrow(() -> new UserInputException(
                "unknown profile " + profileName + " (known: " + String.join(", ", Profile.names()) + ")"));
        LocalDate date = asOf.asOf();
        ExchangeFileValidator validator = inputs.validator(profile, date);
        inputs.declare(new DistinctFiles()).output("--output", output).check();
        IndicatorCalculator calculator = IndicatorCalculator.of(indicatorProfile);
        IndicatorAccumulator accumulator = by == null ? calculator.start(date) : calculator.start(date, by.breakdown);
        BatchListener listener = new BatchListener() {
            @Override
            public void onRecord(long line, PersonRecord record) {
                accumulator.accept(record);
            }
        };
        BatchSummary total = inputs.validateAll(validator, (name, size) -> listener);
        IndicatorReport report = accumulator.report().withIssueCounts(total.rules());
        write(report, inputs.names(), total);
        return ExitCodes.OK;
    }

    private void write(IndicatorReport report, List<String> names, BatchSummary summary) {
        if (output == null) {
            write(report, names, summary, spec.commandLine().getOut());
            return;
        }
        try (OutputFile file = OutputFile.create(output, OutputFile.Access.SHARED)) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            write(report, names, summary, out);
            if (out.checkError()) {
                throw OutputFile.failure(output, new IOException("write failed"));
            }
            file.commit();
        }
    }

    private void write(IndicatorReport report, List<String> names, BatchSummary summary, PrintWriter out) {
        switch (format) {
            case JSON:
                Json.print(out, IndicatorReportJson.toJson(report, names, summary));
                break;
            case HTML:
                IndicatorHtmlRenderer.bundled().render(report, out);
                out.flush();
                break;
            default:
                text(report, names, summary, out);
                break;
        }
    }

    private static void text(IndicatorReport report, List<String> names, BatchSummary summary, PrintWriter out) {
        out.println("profile " + report.profile().name() + " (version " + report.profile().version() + "), as of "
                + report.asOf() + ": " + String.join(", ", names));
        out.println("records " + report.records() + ", certificate holders " + report.holders());
        for (IndicatorResult result : report.results()) {
            out.println(String.format(Locale.ROOT, "%-5s %-42s %s", result.definition().number(),
                    result.id().name(), describe(result, true)));
            for (Map.Entry<String, IndicatorResult> region : result.byRegion().entrySet()) {
                out.println(String.format(Locale.ROOT, "      %-41s %s", region.getKey(),
                        describe(region.getValue(), false)));
            }
        }
        out.println("validation: " + summary.records() + " lines, " + summary.invalidRecords() + " invalid; issues "
                + Severity.ERROR + " " + summary.count(Severity.ERROR) + ", " + Severity.WARNING + " "
                + summary.count(Severity.WARNING) + ", " + Severity.INFO + " " + summary.count(Severity.INFO));
        report.issueCounts().ifPresent(counts -> counts.forEach((rule, count) -> out.println("  " + rule + " " + count)));
        out.flush();
    }

    private static String describe(IndicatorResult result, boolean withTarget) {
        IndicatorKind kind = result.definition().kind();
        if (kind == IndicatorKind.NOT_MEASURED) {
            return "not measured" + (withTarget
                    ? result.definition().targetText().map(t -> " (target: " + t + ")").orElse("") : "");
        }
        StringBuilder text = new StringBuilder();
        if (result.value().isEmpty()) {
            text.append("no data");
        } else if (kind == IndicatorKind.COUNT) {
            text.append(result.numerator().getAsLong());
        } else {
            text.append(String.format(Locale.ROOT, "%.1f %% (%d/%d)", result.value().getAsDouble() * 100,
                    result.numerator().getAsLong(), result.denominator().getAsLong()));
        }
        if (withTarget && result.definition().target().isPresent()) {
            double target = result.definition().target().getAsDouble();
            text.append("; target ").append(result.definition().comparison().map(c -> c.symbol()).orElse(""))
                    .append(' ').append(kind == IndicatorKind.COUNT ? String.format(Locale.ROOT, "%.0f", target)
                            : String.format(Locale.ROOT, "%.0f %%", target * 100))
                    .append(result.definition().binding() ? ", binding" : ", expected");
        }
        result.met().ifPresent(met -> text.append(met ? "; met" : "; not met"));
        return text.toString();
    }
}
