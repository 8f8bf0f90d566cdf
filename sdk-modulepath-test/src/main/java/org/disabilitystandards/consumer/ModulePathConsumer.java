package org.disabilitystandards.consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.validation.constraints.ValidResidentIdNumber;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Uses the API of sdk-core and sdk-validation the way an application on the module path does: parses an ID
 * number, reads a JSON exchange line, validates the record against the bundled qinghai profile (the bundled
 * tables and message bundles are read from inside the named modules), checks a bean with the Jakarta
 * constraint, and tries to reach an internal package by reflection. Prints one line per result.
 */
public final class ModulePathConsumer {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final String FIRST_17 = "63010219880808002";

    private ModulePathConsumer() {
    }

    /** A bean of the consumer's own, constrained with the SDK's annotation. */
    record Applicant(@ValidResidentIdNumber String idNumber) {
    }

    /**
     * Runs the consumer.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Locale.setDefault(Locale.ENGLISH);
        for (String line : run()) {
            System.out.println(line);
        }
    }

    static List<String> run() {
        List<String> out = new ArrayList<>();
        out.add("module: " + ModulePathConsumer.class.getModule().getName()
                + " reads " + RecordValidator.class.getModule().getName());
        String id = FIRST_17 + ResidentIdNumber.checkCharacter(FIRST_17);
        ResidentIdNumber parsed = ResidentIdNumber.parse(id, AS_OF);
        out.add("id: " + parsed.masked() + " born " + parsed.birthDate() + " " + parsed.sex());

        String json = "{\"recordId\":\"M-1\",\"idNumber\":\"" + id + "\",\"name\":\"测试乙\",\"sex\":\"MALE\","
                + "\"regionCode\":\"630102\",\"colour\":\"blue\"}";
        RecordReadResult read = PersonRecordReader.standard().read(json);
        RecordValidator validator = RecordValidator.forProfile(Profile.qinghai());
        List<Issue> issues = new ArrayList<>();
        for (ReadProblem problem : read.problems()) {
            issues.add(validator.formatIssue(problem));
        }
        read.record().ifPresent(record -> issues.addAll(validator.validate(record, AS_OF).issues()));
        MessageRenderer messages = MessageRenderer.standard();
        for (Issue issue : issues) {
            out.add("issue: " + issue.ruleId() + " | " + messages.render(issue, Locale.ENGLISH) + " | "
                    + messages.render(issue, Locale.SIMPLIFIED_CHINESE));
        }

        String wrongCheck = FIRST_17 + (id.charAt(17) == '0' ? '1' : '0');
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator beans = factory.getValidator();
            out.add("bean valid: " + beans.validate(new Applicant(id)).size() + " violations");
            for (ConstraintViolation<Applicant> violation : beans.validate(new Applicant(wrongCheck))) {
                out.add("bean invalid: " + violation.getPropertyPath() + " " + violation.getMessage());
            }
        }

        out.add("internal: " + reachInternal("org.disabilitystandards.validation.internal.constraints"
                + ".ResidentIdNumberValidator"));
        return out;
    }

    /** Tries to instantiate a public class of a package the SDK does not export to this module. */
    private static String reachInternal(String className) {
        try {
            Class.forName(className).getConstructor().newInstance();
            return "reachable " + className;
        } catch (IllegalAccessException e) {
            return "not accessible (" + e.getClass().getSimpleName() + ")";
        } catch (ReflectiveOperationException e) {
            return "missing (" + e.getClass().getSimpleName() + ")";
        }
    }
}
