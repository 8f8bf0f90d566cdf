package org.disabilitystandards.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.convert.GradeSource;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.core.json.ExchangeJson;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.jackson3.DisabilityStandardsJackson3Module;
import org.disabilitystandards.spring.boot.minimal.CertificateRequest;
import org.disabilitystandards.testkit.generators.IdentifierGenerators;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Every condition of the auto-configuration, with Spring's own context runner and the real SDK. */
class DisabilityStandardsAutoConfigurationTest {

    private static final String ID = IdentifierGenerators.idNumber("630102", LocalDate.of(1990, 3, 7), 1);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DisabilityStandardsAutoConfiguration.class));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void withoutPropertiesEverySdkBeanIsThereWithTheNationalProfile() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Profile.class).hasSingleBean(RecordValidator.class)
                    .hasSingleBean(ExchangeFileValidators.class).hasSingleBean(Gb26341Grading.class)
                    .hasSingleBean(GradeConverter.class).hasSingleBean(MessageRenderer.class)
                    .hasSingleBean(IssueMessages.class).hasSingleBean(Clock.class)
                    .hasSingleBean(DisabilityStandardsJackson3Module.class)
                    .hasSingleBean(DisabilityStandardsInfoContributor.class);
            assertThat(context.getBean(RecordValidator.class).profile()).isEqualTo(Profile.national());
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(context.getBean(GradeConverter.class).crosswalk(SourceSystem.MILITARY).provenance().tableId())
                    .isEqualTo("military-gbt26341-reference");
        });
    }

    @Test
    void theProfilePropertyChoosesABundledProfile() {
        runner.withPropertyValues("disability-standards.profile=qinghai").run(context -> {
            assertThat(context.getBean(RecordValidator.class).profile()).isEqualTo(Profile.qinghai());
            assertThat(context.getBean(Gb26341Grading.class).parameters())
                    .isEqualTo(Profile.qinghai().parameters().grading());
        });
    }

    @Test
    void anUnknownProfileStopsStartUpWithOneMessageNamingTheProperty() {
        runner.withPropertyValues("disability-standards.profile=qinhai").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyse(context.getStartupFailure());
            assertThat(analysis.getDescription())
                    .isEqualTo("Invalid disability-standards.profile: no bundled profile is named 'qinhai'");
            assertThat(analysis.getAction()).contains("national, qinghai");
        });
    }

    @Test
    void overridesMakeALocalProfile() {
        runner.withPropertyValues("disability-standards.profile=qinghai",
                "disability-standards.overrides.name=xining",
                "disability-standards.overrides.severities[CERT.EXPIRED]=ERROR",
                "disability-standards.overrides.disabled-rules=REGION.RETIRED",
                "disability-standards.overrides.care-allowance-grade3-intellectual-mental=true").run(context -> {
                    Profile profile = context.getBean(Profile.class);
                    assertThat(profile.name()).isEqualTo("xining");
                    assertThat(profile.severityOverrides()).containsEntry("CERT.EXPIRED", Severity.ERROR);
                    assertThat(profile.isEnabled("REGION.RETIRED")).isFalse();
                    assertThat(profile.parameters().careAllowanceGrade3IntellectualMental()).isTrue();
                    assertThat(profile.parameters().regionPrefix())
                            .isEqualTo(Profile.qinghai().parameters().regionPrefix());
                });
    }

    @Test
    void aProfileDocumentOfTheUsersIsReadFromItsLocation() {
        runner.withPropertyValues("disability-standards.profile=classpath:xining-profile.json").run(context -> {
            Profile profile = context.getBean(RecordValidator.class).profile();
            assertThat(profile.name()).isEqualTo("xining");
            assertThat(profile.severityOverrides()).containsEntry("CERT.EXPIRED", Severity.ERROR);
            assertThat(profile.isEnabled("REGION.RETIRED")).isFalse();
            assertThat(profile.parameters().careAllowanceGrade3IntellectualMental()).isTrue();
            assertThat(profile.parameters().childAidMaxAge()).isEqualTo(16);
            assertThat(profile.parameters().regionPrefix()).isEqualTo(Profile.qinghai().parameters().regionPrefix());
        });
        runner.withPropertyValues("disability-standards.profile=classpath:xining-profile.json",
                "disability-standards.overrides.name=xining-2026").run(context ->
                        assertThat(context.getBean(Profile.class).name()).isEqualTo("xining-2026"));
    }

    @Test
    void aBrokenProfileDocumentStopsStartUpNamingTheProfileProperty(@TempDir Path directory) throws IOException {
        Map<String, String> documents = Map.of(
                "{\"name\": \"x\", \"base\": \"qinghai\", \"colour\": 1}", "unknown field colour",
                "{\"name\": \"x\", \"base\": \"qinhai\"}", "no bundled profile is named 'qinhai'",
                "{\"name\": \"x\", \"base\": \"qinghai\", \"severities\": {\"CERT.EXPIRD\": \"ERROR\"}}",
                "severities[CERT.EXPIRD]: unknown rule id CERT.EXPIRD",
                "{\"name\": \"x\", \"base\": \"qinghai\", \"parameters\": {\"childAidMaxAge\": \"6\"}}",
                "at /parameters/childAidMaxAge (line 1): WRONG_TYPE, expected a whole number",
                "{\"base\": \"qinghai\"}", "at /name (line 1): MISSING_FIELD, missing field name",
                "{\"name\": \"x\", \"name\": \"y\", \"base\": \"qinghai\"}", "at /name (line 1): DUPLICATE_KEY",
                "not json", "MALFORMED, not well-formed JSON");
        int i = 0;
        for (Map.Entry<String, String> document : documents.entrySet()) {
            Path file = Files.writeString(directory.resolve("profile-" + i++ + ".json"), document.getKey());
            runner.withPropertyValues("disability-standards.profile=file:" + file).run(context -> {
                assertThat(context).hasFailed();
                assertThat(analyse(context.getStartupFailure()).getDescription())
                        .startsWith("Invalid disability-standards.profile")
                        .contains(document.getValue());
            });
        }
        runner.withPropertyValues("disability-standards.profile=file:" + directory.resolve("absent.json"))
                .run(context -> assertThat(analyse(context.getStartupFailure()).getDescription())
                        .startsWith("Invalid disability-standards.profile: cannot read profile document"));
    }

    @Test
    void anUnknownRuleInTheOverridesNamesItsProperty() {
        runner.withPropertyValues("disability-standards.overrides.severities[CERT.EXPIRD]=ERROR").run(context -> {
            assertThat(context).hasFailed();
            assertThat(analyse(context.getStartupFailure()).getDescription())
                    .startsWith("Invalid disability-standards.overrides.severities[CERT.EXPIRD]: ");
        });
        runner.withPropertyValues("disability-standards.overrides.child-aid-max-age=18").run(context -> {
            assertThat(context).hasFailed();
            assertThat(analyse(context.getStartupFailure()).getDescription())
                    .startsWith("Invalid disability-standards.overrides.child-aid-max-age: ");
        });
        runner.withPropertyValues("disability-standards.overrides.child-aid-max-age=17")
                .run(context -> assertThat(context.getBean(Profile.class).parameters().childAidMaxAge()).isEqualTo(17));
    }

    @Test
    void aUserCrosswalkReplacesTheBundledTableOfItsSystems(@TempDir Path directory) throws IOException {
        Path table = Files.writeString(directory.resolve("military.json"), """
                {"id": "local-military", "version": "3", "sourceSystems": ["MILITARY"], "normative": false,
                 "basis": "test table", "notes": [],
                 "rows": [{"grades": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "candidates": [4]}]}
                """, StandardCharsets.UTF_8);
        runner.withPropertyValues("disability-standards.crosswalks=file:" + table).run(context -> {
            GradeConverter converter = context.getBean(GradeConverter.class);
            assertThat(converter.crosswalk(SourceSystem.MILITARY).provenance().tableId()).isEqualTo("local-military");
            assertThat(converter.crosswalk(SourceSystem.POLICE).provenance().tableId())
                    .isEqualTo("military-gbt26341-reference");
            assertThat(converter.convert(GradeSource.of(SourceSystem.MILITARY, 2, DisabilityNature.DUTY))
                    .provenance().tableId()).isEqualTo("local-military");
        });
    }

    @Test
    void aBrokenOrMissingCrosswalkStopsStartUpNamingTheProperty(@TempDir Path directory) throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.json"), """
                {"id": "broken", "version": "1", "sourceSystems": ["MILITARY"], "normative": false,
                 "basis": "test", "notes": [],
                 "rows": [{"grades": [1, 2, 3], "candidates": [1]}, {"grades": [3, 4], "candidates": [2]}]}
                """, StandardCharsets.UTF_8);
        runner.withPropertyValues("disability-standards.crosswalks=classpath:application.properties,file:" + broken)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(analyse(context.getStartupFailure()).getDescription())
                            .startsWith("Invalid disability-standards.crosswalks[0]: invalid crosswalk table");
                });
        runner.withPropertyValues("disability-standards.crosswalks=file:" + broken).run(context -> {
            assertThat(context).hasFailed();
            assertThat(analyse(context.getStartupFailure()).getDescription())
                    .startsWith("Invalid disability-standards.crosswalks[0]: invalid crosswalk table")
                    .contains("at /rows/1/grades/0: DUPLICATE_KEY");
        });
        runner.withPropertyValues("disability-standards.crosswalks=file:" + directory.resolve("absent.json"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(analyse(context.getStartupFailure()).getDescription())
                            .startsWith("Invalid disability-standards.crosswalks[0]: cannot read");
                });
    }

    @Test
    void everyBeanBacksOffForTheApplicationsOwn() {
        RecordValidator own = RecordValidator.forProfile(Profile.qinghai());
        Clock fixed = Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        IssueMessages messages = new IssueMessages(MessageRenderer.standard());
        runner.withBean(RecordValidator.class, () -> own).withBean(Clock.class, () -> fixed)
                .withBean(IssueMessages.class, () -> messages)
                .withBean(DisabilityStandardsJackson3Module.class, DisabilityStandardsJackson3Module::new)
                .run(context -> {
                    assertThat(context.getBean(RecordValidator.class)).isSameAs(own);
                    assertThat(context.getBean(Clock.class)).isSameAs(fixed);
                    assertThat(context.getBean(IssueMessages.class)).isSameAs(messages);
                    assertThat(context).hasSingleBean(DisabilityStandardsJackson3Module.class);
                    ExchangeFileValidators files = context.getBean(ExchangeFileValidators.class);
                    assertThat(files.recordValidator()).isSameAs(own);
                    assertThat(files.today().toString()).contains("2025-06-30");
                });
        Profile profile = Profile.qinghai().toBuilder().name("own").build();
        runner.withBean(Profile.class, () -> profile).withPropertyValues("disability-standards.profile=unknown")
                .run(context -> assertThat(context.getBean(RecordValidator.class).profile()).isSameAs(profile));
    }

    @Test
    void withoutJackson3OrActuatorTheirBeansAreAbsent() {
        runner.withClassLoader(new FilteredClassLoader(JacksonModule.class, InfoContributor.class)).run(context -> {
            assertThat(context).hasSingleBean(RecordValidator.class)
                    .doesNotHaveBean(DisabilityStandardsJackson3Module.class)
                    .doesNotHaveBean(DisabilityStandardsInfoContributor.class);
        });
    }

    @Test
    void bootsJsonMapperReadsAndWritesRecordsInTheExchangeFormat() {
        runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String json = "{\"recordId\":\"J-1\",\"idNumber\":\"" + ID + "\",\"name\":\"测试甲\",\"birthDate\":"
                    + "\"1990-03-07\",\"regionCode\":\"630102\",\"certificate\":{\"number\":\"" + ID + "22\","
                    + "\"category\":\"HEARING\",\"grade\":2,\"issuedOn\":\"2014-01-01\",\"validUntil\":\"2024-02-29\"}}";
            PersonRecord record = mapper.readValue(json, PersonRecord.class);
            assertThat(record).isEqualTo(ExchangeJson.newObjectMapper().readValue(json, PersonRecord.class));
            assertThat(mapper.writeValueAsString(record)).isEqualTo(json);
        });
    }

    @Test
    void beanValidationUsesTheSdkMessagesInTheRequestLocaleAndTheApplicationClock() {
        Clock before1990 = Clock.fixed(Instant.parse("1989-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        CertificateRequest wrongGrade = new CertificateRequest(ID, ID + "22", DisabilityCategory.HEARING, 3);
        CertificateRequest good = new CertificateRequest(ID, ID + "22", DisabilityCategory.HEARING, 2);
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThat(validator.validate(good)).isEmpty();
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(messages(validator.validate(wrongGrade)))
                    .containsExactly("digit 20 of the certificate number must equal the grade");
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(messages(validator.validate(wrongGrade))).containsExactly("残疾人证号第 20 位必须与残疾等级一致");
        });
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withBean(Clock.class, () -> before1990).run(context -> {
                    LocaleContextHolder.setLocale(Locale.ENGLISH);
                    assertThat(messages(context.getBean(Validator.class).validate(good)))
                            .contains("has a birth date that is not a real date, is before 1900 or in the future");
                });
    }

    @Test
    void theInfoContributorListsTheVersionAndEveryTableEdition() {
        runner.withPropertyValues("disability-standards.profile=qinghai").run(context -> {
            Info.Builder builder = new Info.Builder();
            context.getBean(DisabilityStandardsInfoContributor.class).contribute(builder);
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) builder.build().getDetails().get("disabilityStandards");
            assertThat(details.get("version")).asString().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            assertThat(details).containsEntry("profile", "qinghai");
            @SuppressWarnings("unchecked")
            Map<String, String> tables = (Map<String, String>) details.get("tables");
            assertThat(tables).containsKeys("categoriesAndGrades", "militaryAndPoliceGrades", "workInjuryGrades",
                    "careDependencyLevels", "administrativeDivisions", "ruleCatalogue", "gradingThresholds",
                    "crosswalk.MILITARY", "crosswalk.POLICE", "crosswalk.WORK_INJURY", "crosswalk.CARE_LEVEL",
                    "benefitEquivalences", "indicatorTargets");
            assertThat(tables.get("gradingThresholds")).startsWith("gbt26341-2010-thresholds version ");
            assertThat(tables.values()).allSatisfy(edition -> assertThat(edition).isNotBlank());
        });
    }

    @Test
    void configurationMetadataIsGeneratedForIdes() throws IOException {
        String metadata;
        try (var in = DisabilityStandardsProperties.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("metadata generated by spring-boot-configuration-processor").isNotNull();
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(metadata).contains("\"disability-standards.profile\"", "\"disability-standards.crosswalks\"",
                "\"disability-standards.overrides.severities\"", "\"disability-standards.zone\"",
                "\"value\": \"qinghai\"");
    }

    private static Set<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static FailureAnalysis analyse(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof DisabilityStandardsConfigurationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("cause of %s", failure).isNotNull();
        FailureAnalysis analysis = new DisabilityStandardsFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        return analysis;
    }
}
