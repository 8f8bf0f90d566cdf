package org.disabilitystandards.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.Callable;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.grading.GradingFinding;
import org.disabilitystandards.core.grading.GradingResult;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.report.GradingResultJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dsds grade --assessment JSON}: grades one Assessment of the exchange format under GB/T 26341-2010
 * with the person's age (from {@code --age-years}, or from {@code --birth-date} at the assessment date) and
 * prints disabled or not, the grade, the clause, the basis and the issues with their rule ids. The answer
 * is the output: exit 0 whether or not the person is disabled.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade one assessment under GB/T 26341-2010.")
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--assessment", paramLabel = "JSON", required = true,
            description = "One Assessment of the exchange format, as JSON text (@FILE reads a file).")
    private String assessmentJson;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Age age;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Mixin
    private AsOfOption asOf;

    /** The language of errors and help (this command's output is data, the same in every language). */
    @Mixin
    private LanguageOption lang;

    /** Exactly one way to give the age. */
    static final class Age {
        @Option(names = "--birth-date", paramLabel = "DATE", required = true,
                description = "Birth date yyyy-MM-dd; the age is taken in completed years at assessedOn.")
        private LocalDate birthDate;

        @Option(names = "--age-years", paramLabel = "N", required = true,
                description = "Age in completed years at assessedOn.")
        private Integer years;
    }

    @Override
    public Integer call() {
        if (format == OutputFormat.HTML) {
            throw UserInputException.of("error.formatNotAvailable", "grade");
        }
        Assessment assessment = AssessmentReader.read(assessmentText());
        if (assessment.assessedOn().isAfter(asOf.asOf())) {
            throw UserInputException.of("grade.assessedAfterAsOf", asOf.asOf());
        }
        int years = ageInYears(assessment.assessedOn());
        GradingResult result = Gb26341Grading.standard().grade(assessment, years);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.print(out, GradingResultJson.toJson(result));
        } else {
            printText(out, result);
        }
        return ExitCodes.OK;
    }

    /**
     * The assessment's JSON: the option's text, or with {@code @FILE} the file's (UTF-8, at most 1 MiB); picocli's
     * own expansion is off, since it splits a file into words.
     */
    private String assessmentText() {
        if (!assessmentJson.startsWith("@")) {
            return assessmentJson;
        }
        java.nio.file.Path file = java.nio.file.Path.of(assessmentJson.substring(1));
        byte[] bytes = JsonFileText.read("--assessment " + ConsoleText.safe(String.valueOf(file.getFileName())), file);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int ageInYears(LocalDate assessedOn) {
        if (age.years != null) {
            if (age.years < 0 || age.years > 150) {
                throw UserInputException.of("grade.ageRange", age.years);
            }
            return age.years;
        }
        if (age.birthDate.isAfter(assessedOn)) {
            throw UserInputException.of("grade.assessedBeforeBirth");
        }
        return Period.between(age.birthDate, assessedOn).getYears();
    }

    private static void printText(PrintWriter out, GradingResult result) {
        out.println("category: " + result.category().name() + " (" + result.category().nameZh() + ")");
        out.println("disabled: " + (result.disabled() ? "yes" : "no"));
        out.println("grade: " + result.grade().map(g -> g.number() + " (" + g.nameZh() + ", " + g.severityEn() + ")")
                .orElse("none"));
        out.println("outcome: " + result.outcome());
        out.println("clause: " + result.clause());
        out.println("basis: " + result.basis());
        if (result.findings().isEmpty()) {
            out.println("issues: none");
        }
        for (GradingFinding finding : result.findings()) {
            out.println("issue: " + finding.ruleId() + " at " + finding.path() + " " + GradingResultJson.namedArguments(finding));
        }
        out.flush();
    }
}
