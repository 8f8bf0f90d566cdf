package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.convert.ServiceCertificateKind;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.report.QuotaResultJson;
import org.disabilitystandards.validation.quota.AdministrativeLevel;
import org.disabilitystandards.validation.quota.DisabledEmployee;
import org.disabilitystandards.validation.quota.Employer;
import org.disabilitystandards.validation.quota.EmployerType;
import org.disabilitystandards.validation.quota.InvalidEmployerException;
import org.disabilitystandards.validation.quota.QuotaChecker;
import org.disabilitystandards.validation.quota.QuotaResult;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dsds quota FILE}: checks one employer against the employment quota (按比例安排残疾人就业) with
 * {@link QuotaChecker}: the ratio of the profile (《残疾人就业条例》 art. 8, default 1.5 %), double counting
 * per the bundled benefit equivalences, and the plan's 专栏5 targets. FILE is one JSON object (docs:
 * indicators.md, "Employer quota"). Exit code 0 when no finding reaches {@code --fail-on} (default: error),
 * 1 when one does, 2 for a usage or input error.
 */
@Command(name = "quota", mixinStandardHelpOptions = true,
        description = "Check an employer against the employment quota for disabled people (按比例安排残疾人就业).")
final class QuotaCommand implements Callable<Integer> {

    /** The largest employer file read, in bytes. */
    static final int MAX_FILE_BYTES = 16 << 20;

    /** The employer file's mapper, built when a file is first read, not when the command is constructed. */
    private static final class Mapper {

        static final ObjectMapper INSTANCE = ExchangeJson.newObjectMapper(new ReadLimits(MAX_FILE_BYTES,
                ReadLimits.DEFAULT_MAX_NESTING_DEPTH, ReadLimits.DEFAULT_MAX_STRING_LENGTH,
                ReadLimits.DEFAULT_MAX_ARRAY_LENGTH));

        private Mapper() {
        }
    }

    /** Kinds of certificate in the file. */
    enum Certificate {
        /** 残疾人证. */
        CIVIL,
        /** 残疾军人证. */
        MILITARY,
        /** 伤残人民警察证. */
        POLICE
    }

    /**
     * One certificate holder in the file.
     *
     * @param certificate the certificate
     * @param category    the category of a civil certificate
     * @param grade       the grade: 1-4 for a civil certificate, 1-10 for military and police
     */
    record EmployeeJson(@JsonProperty(value = "certificate", required = true) Certificate certificate,
            @JsonProperty("category") DisabilityCategory category,
            @JsonProperty(value = "grade", required = true) int grade) {
    }

    /**
     * The employer file.
     *
     * @param type              the employer type
     * @param level             the administrative level
     * @param staff             the staff count
     * @param disabledEmployees the disabled employees
     * @param cadres            the cadre count of a federation organ
     * @param disabledCadres    the disabled cadres of a federation organ
     */
    record EmployerJson(@JsonProperty(value = "type", required = true) EmployerType type,
            @JsonProperty("level") AdministrativeLevel level,
            @JsonProperty(value = "staff", required = true) int staff,
            @JsonProperty("disabledEmployees") List<EmployeeJson> disabledEmployees,
            @JsonProperty("cadres") Integer cadres,
            @JsonProperty("disabledCadres") List<EmployeeJson> disabledCadres) {
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "employerFile", description = "The employer as one JSON object (see docs/indicators.md).")
    private Path file;

    @Option(names = "--profile", paramLabel = "national|qinghai", defaultValue = "qinghai",
            description = "Validation profile: the quota ratio, severities and rules (default: ${DEFAULT-VALUE}).")
    private String profileName;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Mixin
    private LanguageOption lang;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit 1 when a finding reaches this severity (default: ${DEFAULT-VALUE}).")
    private ValidateCommand.FailOn failOn;

    @Mixin
    private AsOfOption asOf;

    @Override
    public Integer call() {
        if (format == OutputFormat.HTML) {
            throw UserInputException.of("error.formatNotAvailable", "quota");
        }
        Profile profile = Profile.find(profileName).orElseThrow(() -> new UserInputException(
                "unknown profile " + profileName + " (known: " + String.join(", ", Profile.names()) + ")"));
        Employer employer = employer(read());
        QuotaResult result = QuotaChecker.of(profile).check(employer, asOf.asOf());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.print(out, QuotaResultJson.toJson(result, lang.locale()));
        } else {
            printText(out, result, lang.locale());
        }
        return failed(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private boolean failed(QuotaResult result) {
        for (Issue issue : result.issues()) {
            if (failOn == ValidateCommand.FailOn.ERROR && issue.severity() == Severity.ERROR
                    || failOn == ValidateCommand.FailOn.WARNING && issue.severity() != Severity.INFO) {
                return true;
            }
        }
        return false;
    }

    private EmployerJson read() {
        String name = ConsoleText.safe(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        try {
            byte[] bytes = JsonFileText.read(name, file);
            EmployerJson json = Mapper.INSTANCE.readerFor(EmployerJson.class)
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(bytes);
            if (json == null) {
                throw UserInputException.of("quota.noEmployer", name);
            }
            return json;
        } catch (NoSuchFileException e) {
            throw UserInputException.of("error.cannotRead", name, new UserInputException.Reason("reason.noSuchFile"));
        } catch (JsonProcessingException e) {
            throw UserInputException.of("quota.format", name, JsonProblems.describe(e));
        } catch (IOException e) {
            throw UserInputException.of("error.cannotRead", name, e.getClass().getSimpleName());
        }
    }

    static Employer employer(EmployerJson json) {
        Employer.Builder builder = Employer.builder(json.type()).staff(json.staff());
        if (json.level() != null) {
            builder.level(json.level());
        }
        builder.disabledEmployees(employees(json.disabledEmployees(), "disabledEmployees"));
        if (json.cadres() != null) {
            builder.cadres(json.cadres());
        }
        builder.disabledCadres(employees(json.disabledCadres(), "disabledCadres"));
        try {
            return builder.build();
        } catch (InvalidEmployerException e) {
            throw UserInputException.of("quota.invalidEmployer", e.getMessage());
        }
    }

    private static List<DisabledEmployee> employees(List<EmployeeJson> list, String field) {
        List<DisabledEmployee> employees = new ArrayList<>();
        if (list == null) {
            return employees;
        }
        for (int i = 0; i < list.size(); i++) {
            EmployeeJson e = list.get(i);
            String where = field + "[" + i + "]";
            if (e == null || e.certificate() == null) {
                throw UserInputException.of("quota.certificateRequired", where);
            }
            if (e.certificate() == Certificate.CIVIL) {
                if (e.category() == null) {
                    throw UserInputException.of("quota.categoryRequired", where);
                }
                employees.add(DisabledEmployee.civil(e.category(), DisabilityGrade.find(e.grade()).orElseThrow(
                        () -> UserInputException.of("quota.civilGrade", where))));
            } else {
                if (e.category() != null) {
                    throw UserInputException.of("quota.categoryNotAllowed", where);
                }
                if (e.grade() < 1 || e.grade() > 10) {
                    throw UserInputException.of("quota.serviceGrade", where);
                }
                employees.add(DisabledEmployee.service(e.certificate() == Certificate.MILITARY
                        ? ServiceCertificateKind.MILITARY : ServiceCertificateKind.POLICE,
                        MilitaryDisabilityGrade.of(e.grade())));
            }
        }
        return employees;
    }

    private static void printText(PrintWriter out, QuotaResult result, Locale locale) {
        Employer employer = result.employer();
        out.println("employer: " + employer.type().name() + employer.level().map(l -> " " + l.name()).orElse("")
                + ", staff " + employer.staff() + ", disabled employees " + employer.disabledEmployees().size());
        out.println("profile " + result.profile() + ", as of " + result.asOf() + ", ratio "
                + QuotaResultJson.plain(result.ratioPercent()).toPlainString() + " %");
        out.println("required: " + QuotaResultJson.plain(result.required()).toPlainString() + " (exact staff x ratio; "
                + result.requiredPeople() + " when rounded up to whole people)");
        out.println("counted: " + result.counted() + " (" + result.countedPeople() + " counting, "
                + result.doubleCounted() + " of them double; " + result.notCounted() + " not counted)");
        out.println("quota: " + (result.met() ? "met" : "not met, short by "
                + QuotaResultJson.plain(result.shortfall()).toPlainString()));
        out.println("plan minimum of one: " + (result.minimumOneStaff().isPresent()
                ? "covers this employer from " + result.minimumOneStaff().getAsInt() + " staff" : "does not cover this employer"));
        result.cadreShare().ifPresent(s -> out.println("cadre share: " + s.disabledCadres() + " of " + s.cadres()
                + " = " + QuotaResultJson.plain(s.sharePercent()).toPlainString() + " % (minimum "
                + QuotaResultJson.plain(s.minimumSharePercent()).toPlainString() + " %"
                + (s.applies() ? "): " + (s.met() ? "met" : "not met") : ", not applicable at this level)")));
        out.println("counting: " + result.countingBasis());
        if (result.issues().isEmpty()) {
            out.println("no findings");
        }
        for (Issue issue : result.issues()) {
            out.println(issue.severity() + " " + issue.ruleId() + ": " + MessageRenderer.standard().render(issue, locale));
        }
        out.flush();
    }
}
