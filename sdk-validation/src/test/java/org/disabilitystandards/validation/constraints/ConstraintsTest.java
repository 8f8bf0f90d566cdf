package org.disabilitystandards.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static final String ID = id("63010219850715001");
    private static ValidatorFactory factory;
    private static Validator validator;

    static String id(String first17) {
        return first17 + org.disabilitystandards.core.id.ResidentIdNumber.checkCharacter(first17);
    }

    /** An embedder's bean with the identifier constraints. */
    record Person(@ValidResidentIdNumber String idNumber,
            @ValidDisabilityCertificateNumber String certificateNumber,
            @ValidDisabilityCertificateNumber(allowReissueSuffix = false) String originalCertificateNumber,
            @ValidResidentIdNumber(asOfSource = AsOfSource.FIXED, asOf = "2000-01-01") String bornBefore2000) {
    }

    /** An embedder's JavaBean with a class-level consistency check. */
    @ConsistentCertificate(idNumber = "citizenId", category = "kind", grade = "level")
    public static final class Holder {
        private final String certificateNumber;
        private final String citizenId;
        private final DisabilityCategory kind;
        private final Object level;

        Holder(String certificateNumber, String citizenId, DisabilityCategory kind, Object level) {
            this.certificateNumber = certificateNumber;
            this.citizenId = citizenId;
            this.kind = kind;
            this.level = level;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public String getCitizenId() {
            return citizenId;
        }

        public DisabilityCategory getKind() {
            return kind;
        }

        public Object getLevel() {
            return level;
        }
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Person person(String idNumber, String certificate, String original, String before2000) {
        return new Person(idNumber, certificate, original, before2000);
    }

    @Test
    void validAndNullValuesPass() {
        assertThat(validator.validate(person(ID, ID + "22B1", ID + "22", "11010519491231002X"))).isEmpty();
        assertThat(validator.validate(person(null, null, null, null))).isEmpty();
    }

    @Test
    void eachReasonHasItsMessageWithoutTheValue() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertThat(messages(person(wrongCheck, null, null, null)))
                .containsExactly("has a wrong check character (GB 11643-1999, ISO 7064 MOD 11-2)");
        assertThat(messages(person("6301021985", null, null, null))).hasSize(1).first().asString()
                .startsWith("must be 17 digits");
        assertThat(messages(person(null, ID + "82", null, null))).containsExactly(
                "has a category digit (position 19) outside 1-7");
        assertThat(messages(person(null, ID + "25", null, null))).containsExactly(
                "has a grade digit (position 20) outside 1-4");
        assertThat(messages(person(null, null, ID + "22B1", null))).hasSize(1).first().asString()
                .startsWith("has a reissue suffix");
        for (ConstraintViolation<Person> v : validator.validate(person(wrongCheck, ID + "82", ID + "22B1", ID))) {
            assertThat(v.getMessage()).doesNotContain(ID).doesNotContain(wrongCheck);
        }
    }

    @Test
    void fixedAsOfDateRejectsLaterBirthDates() {
        assertThat(messages(person(null, null, null, ID))).isEmpty();
        String born2001 = id("63010220010101001");
        assertThat(messages(person(null, null, null, born2001))).hasSize(1).first().asString()
                .startsWith("has a birth date");
    }

    @Test
    void clockProviderGivesTheDefaultAsOfDate() {
        String born2030 = id("63010220300101001");
        assertThat(messages(person(born2030, null, null, null))).hasSize(1);
        try (ValidatorFactory future = Validation.byProvider(HibernateValidator.class).configure()
                .clockProvider(() -> Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC))
                .buildValidatorFactory()) {
            assertThat(future.getValidator().validate(person(born2030, null, null, null))).isEmpty();
        }
    }

    @Test
    void consistentCertificateComparesIdCategoryAndGrade() {
        assertThat(validator.validate(new Holder(ID + "22", ID, DisabilityCategory.HEARING, 2))).isEmpty();
        assertThat(validator.validate(new Holder(ID + "22", ID, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2)))
                .isEmpty();
        assertThat(validator.validate(new Holder(ID + "22", ID, DisabilityCategory.HEARING, "GRADE_2"))).isEmpty();
        assertThat(holderMessages(new Holder(ID + "22", id("63010219850715002"), DisabilityCategory.HEARING, 2)))
                .containsExactly("the first 18 characters of the certificate number must equal the ID number");
        assertThat(holderMessages(new Holder(ID + "22", ID, DisabilityCategory.VISUAL, 2)))
                .containsExactly("digit 19 of the certificate number must equal the category");
        assertThat(holderMessages(new Holder(ID + "22", ID, DisabilityCategory.HEARING, "3")))
                .containsExactly("digit 20 of the certificate number must equal the grade");
        Set<ConstraintViolation<Holder>> violations = validator.validate(
                new Holder(ID + "22", ID, DisabilityCategory.HEARING, 1));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("certificateNumber");
        // incomplete data is left to the other constraints
        assertThat(validator.validate(new Holder("123", ID, DisabilityCategory.VISUAL, 4))).isEmpty();
        assertThat(validator.validate(new Holder(ID + "22", null, null, null))).isEmpty();
    }

    @Test
    void chineseMessagesUnderTheChineseLocale() {
        try (ValidatorFactory chinese = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.SIMPLIFIED_CHINESE).buildValidatorFactory()) {
            String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
            assertThat(chinese.getValidator().validate(person(wrongCheck, null, null, null)))
                    .extracting(ConstraintViolation::getMessage).containsExactly("校验码错误（GB 11643-1999，ISO 7064 MOD 11-2）");
        }
    }

    @Test
    void bothMessageBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("/ValidationMessages_zh_CN.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("/ValidationMessages.properties").keySet());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConstraintsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The 0.1 annotation names keep working for one release: composed of the new constraints. */
    @SuppressWarnings("removal")
    record OldPerson(@ResidentIdNumber String idNumber,
            @DisabilityCertificateNumber(allowReissueSuffix = false) String certificateNumber,
            @ResidentIdNumber(asOfSource = AsOfSource.FIXED, asOf = "2000-01-01") String bornBefore2000) {
    }

    @Test
    void validValuesPassUnderTheOldNames() {
        assertThat(validator.validate(new OldPerson(ID, ID + "22", "11010519491231002X"))).isEmpty();
        assertThat(validator.validate(new OldPerson(null, null, null))).isEmpty();
    }

    @Test
    void oldNamesReportTheSameReasonsAsTheNewOnes() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertThat(oldMessages(new OldPerson(wrongCheck, null, null)))
                .containsExactly("has a wrong check character (GB 11643-1999, ISO 7064 MOD 11-2)");
        assertThat(oldMessages(new OldPerson(null, ID + "82", null)))
                .containsExactly("has a category digit (position 19) outside 1-7");
    }

    @Test
    void overriddenAttributesReachTheNewConstraint() {
        assertThat(oldMessages(new OldPerson(null, ID + "22B1", null))).hasSize(1).first().asString()
                .startsWith("has a reissue suffix");
        assertThat(oldMessages(new OldPerson(null, null, ID))).isEmpty();
        String born2001 = id("63010220010101001");
        assertThat(oldMessages(new OldPerson(null, null, born2001))).hasSize(1).first().asString()
                .startsWith("has a birth date");
    }

    @Test
    @SuppressWarnings("removal")
    void theOldAnnotationsAreDeprecatedForRemoval() {
        for (Class<?> annotation : List.of(ResidentIdNumber.class, DisabilityCertificateNumber.class)) {
            Deprecated deprecated = annotation.getAnnotation(Deprecated.class);
            assertThat(deprecated.forRemoval()).isTrue();
            assertThat(deprecated.since()).isEqualTo("0.2.0");
        }
    }

    private static List<String> oldMessages(OldPerson person) {
        return validator.validate(person).stream().map(ConstraintViolation::getMessage).toList();
    }

    private static List<String> messages(Person person) {
        return validator.validate(person).stream().map(ConstraintViolation::getMessage).toList();
    }

    private static List<String> holderMessages(Holder holder) {
        return validator.validate(holder).stream().map(ConstraintViolation::getMessage).toList();
    }
}
