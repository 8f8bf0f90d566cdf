package org.disabilitystandards.spring.boot;

import java.time.Clock;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.jackson3.DisabilityStandardsJackson3Module;
import org.disabilitystandards.spring.boot.internal.Settings;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.JacksonModule;

/**
 * Auto-configuration of the DisabilityStandards SDK. Every bean backs off when the application declares
 * its own of the same type:
 *
 * <ul>
 *   <li>{@link Profile} from {@code disability-standards.profile} (a bundled profile or the location of a profile
 *       document) and {@code disability-standards.overrides.*};
 *       {@link RecordValidator} of that profile; {@link ExchangeFileValidators} for files;</li>
 *   <li>{@link Gb26341Grading} with the profile's grading parameters (GB/T 26341-2010) and
 *       {@link GradeConverter} with the bundled crosswalks or {@code disability-standards.crosswalks};</li>
 *   <li>{@link MessageRenderer} and {@link IssueMessages} (the request's locale);</li>
 *   <li>a {@link Clock} in {@code disability-standards.zone} for the as-of date of validation, which is also
 *       the Bean Validation clock of the SDK's constraints;</li>
 *   <li>the {@link DisabilityStandardsJackson3Module} on Spring Boot's Jackson 3 {@code JsonMapper}
 *       (Spring Boot registers every {@link JacksonModule} bean), when Jackson 3 is present;</li>
 *   <li>{@link DisabilityStandardsInfoContributor} when Spring Boot Actuator is present.</li>
 * </ul>
 *
 * <p>A property value the SDK cannot use stops the start-up with a message naming the property
 * ({@link DisabilityStandardsConfigurationException}, {@link DisabilityStandardsFailureAnalyzer}).
 */
@AutoConfiguration
@ConditionalOnClass(RecordValidator.class)
@EnableConfigurationProperties(DisabilityStandardsProperties.class)
public class DisabilityStandardsAutoConfiguration {

    /** Creates the configuration (Spring Boot instantiates it). */
    public DisabilityStandardsAutoConfiguration() {
    }

    /**
     * The validation profile.
     *
     * @param properties the SDK properties
     * @param resources  the loader of a profile document's location
     * @return the bundled profile or the profile document, changed by the overrides
     */
    @Bean
    @ConditionalOnMissingBean
    public Profile disabilityStandardsProfile(DisabilityStandardsProperties properties, ResourceLoader resources) {
        return Settings.profile(properties, resources);
    }

    /**
     * The validator of single records.
     *
     * @param profile the profile
     * @return the validator; immutable, thread-safe
     */
    @Bean
    @ConditionalOnMissingBean
    public RecordValidator recordValidator(Profile profile) {
        return RecordValidator.forProfile(profile);
    }

    /**
     * The clock whose date is today's as-of date.
     *
     * @param properties the SDK properties
     * @return the system clock in {@code disability-standards.zone}
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock disabilityStandardsClock(DisabilityStandardsProperties properties) {
        return Clock.system(properties.getZone());
    }

    /**
     * The factory of exchange file validators.
     *
     * @param validator  the record validator
     * @param clock      the clock
     * @param properties the SDK properties
     * @return the factory
     */
    @Bean
    @ConditionalOnMissingBean
    public ExchangeFileValidators exchangeFileValidators(RecordValidator validator, Clock clock,
            DisabilityStandardsProperties properties) {
        return new ExchangeFileValidators(validator, clock, properties.getFiles().getThreads(),
                properties.getFiles().getSpillDirectory());
    }

    /**
     * The GB/T 26341-2010 grading with the profile's parameters.
     *
     * @param profile the profile
     * @return the grading
     */
    @Bean
    @ConditionalOnMissingBean
    public Gb26341Grading gb26341Grading(Profile profile) {
        return Settings.grading(profile);
    }

    /**
     * The converter of military, police, work-injury and care grades.
     *
     * @param grading    the grading
     * @param properties the SDK properties
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public GradeConverter gradeConverter(Gb26341Grading grading, DisabilityStandardsProperties properties) {
        return Settings.converter(grading, properties.getCrosswalks());
    }

    /**
     * The renderer of issue messages (zh-CN and en bundles of sdk-validation).
     *
     * @return the standard renderer
     */
    @Bean
    @ConditionalOnMissingBean
    public MessageRenderer messageRenderer() {
        return MessageRenderer.standard();
    }

    /**
     * Issue messages in the request's locale.
     *
     * @param renderer the renderer
     * @return the messages
     */
    @Bean
    @ConditionalOnMissingBean
    public IssueMessages issueMessages(MessageRenderer renderer) {
        return new IssueMessages(renderer);
    }

    /** The Jackson 3 module, when Jackson 3 is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JacksonModule.class)
    static class Jackson3Configuration {

        @Bean
        @ConditionalOnMissingBean
        DisabilityStandardsJackson3Module disabilityStandardsJackson3Module() {
            return new DisabilityStandardsJackson3Module();
        }
    }

    /** The application's clock as the Bean Validation clock, when Spring Boot's validation is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ValidationConfigurationCustomizer.class)
    static class BeanValidationConfiguration {

        @Bean
        ValidationConfigurationCustomizer disabilityStandardsClockProvider(Clock clock) {
            return configuration -> configuration.clockProvider(() -> clock);
        }
    }

    /** The actuator info contributor, when Spring Boot Actuator is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    static class InfoConfiguration {

        @Bean
        @ConditionalOnMissingBean
        DisabilityStandardsInfoContributor disabilityStandardsInfoContributor(RecordValidator validator,
                Gb26341Grading grading, GradeConverter converter) {
            return new DisabilityStandardsInfoContributor(validator, grading, converter);
        }
    }
}
