package org.disabilitystandards.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.validation.constraints.ConsistentCertificate;
import org.disabilitystandards.validation.constraints.ValidDisabilityCertificateNumber;
import org.disabilitystandards.validation.constraints.ValidResidentIdNumber;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.hibernate.validator.HibernateValidator;

/**
 * Guide section "Embed the library": a plain Java intake service that holds one shared
 * {@link RecordValidator} and reads exchange records from JSON text, and Bean Validation of a request DTO
 * with {@link ValidResidentIdNumber} and {@link ConsistentCertificate} (the same DTO works unchanged in a Spring
 * Boot controller).
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    // [intake]
    /**
     * An application service that checks one exchange record sent as JSON. One instance serves all threads:
     * the reader, the validator and the renderer are immutable.
     */
    public static final class IntakeService {

        private final PersonRecordReader reader = PersonRecordReader.standard();
        private final RecordValidator validator;
        private final MessageRenderer messages = MessageRenderer.standard();

        /**
         * Creates the service for a profile.
         *
         * @param profile the validation profile, for example {@link Profile#qinghai()}
         */
        public IntakeService(Profile profile) {
            this.validator = RecordValidator.forProfile(profile);
        }

        /**
         * Reads and validates one record; a record that cannot be read gives its FORMAT issues.
         *
         * @param json   one exchange record
         * @param asOf   the as-of date
         * @param locale the language of the messages
         * @return one line per issue: severity, rule id, path and message; empty when the record is clean
         */
        public List<String> check(String json, LocalDate asOf, Locale locale) {
            RecordReadResult read = reader.read(json);          // never throws for bad input
            List<Issue> issues = new ArrayList<>();
            for (ReadProblem problem : read.problems()) {
                Issue issue = validator.formatIssue(problem);
                if (validator.isEnabled(issue.ruleId())) {      // formatIssue ignores switched-off rules
                    issues.add(issue);
                }
            }
            read.record().ifPresent(record -> issues.addAll(validator.validate(record, asOf).issues()));
            List<String> lines = new ArrayList<>();
            for (Issue issue : issues) {
                lines.add(issue.severity() + " " + issue.ruleId() + " at " + issue.path() + ": "
                        + messages.render(issue, locale));
            }
            return lines;
        }
    }
    // [/intake]

    // [dto]
    /**
     * A request DTO of an embedder's own API, checked with the SDK's Jakarta constraints.
     *
     * @param idNumber          the applicant's ID number
     * @param certificateNumber the applicant's certificate number
     * @param category          the category the applicant states
     * @param grade             the grade the applicant states, 1-4
     */
    @ConsistentCertificate
    public record CertificateRequest(
            @ValidResidentIdNumber String idNumber,
            @ValidDisabilityCertificateNumber String certificateNumber,
            DisabilityCategory category,
            Integer grade) {
    }
    // [/dto]

    /**
     * Runs the example and prints what {@link #run()} returns.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * Checks a JSON record with the intake service, then validates two request DTOs.
     *
     * @return the printed lines
     */
    public static String run() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        String id = SyntheticPeople.idNumber("63010219880808002");    // sequence 002 is even: a woman
        String json = "{\"recordId\":\"E-1\",\"idNumber\":\"" + id + "\",\"name\":\"测试乙\",\"sex\":\"MALE\","
                + "\"regionCode\":\"630102\",\"colour\":\"blue\"}";
        IntakeService service = new IntakeService(Profile.qinghai());
        service.check(json, LocalDate.of(2025, 6, 30), Locale.ENGLISH).forEach(out::add);

        // [bean-validation]
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.ENGLISH).buildValidatorFactory()) {
            Validator beans = factory.getValidator();         // thread-safe: share it
            CertificateRequest good = new CertificateRequest(id, id + "52", DisabilityCategory.INTELLECTUAL, 2);
            CertificateRequest bad = new CertificateRequest(id, id + "52", DisabilityCategory.INTELLECTUAL, 3);
            out.add("good request: " + beans.validate(good).size() + " violations");
            for (ConstraintViolation<CertificateRequest> violation : beans.validate(bad)) {
                out.add("bad request: " + violation.getPropertyPath() + " " + violation.getMessage());
            }
        }
        // [/bean-validation]
        return out.toString();
    }
}
