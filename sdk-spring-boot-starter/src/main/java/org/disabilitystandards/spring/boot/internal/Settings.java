package org.disabilitystandards.spring.boot.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disabilitystandards.core.convert.Crosswalk;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.spring.boot.DisabilityStandardsConfigurationException;
import org.disabilitystandards.spring.boot.DisabilityStandardsProperties;
import org.disabilitystandards.spring.boot.DisabilityStandardsProperties.Overrides;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.ProfileParameters;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Turns the {@code disability-standards.*} properties into SDK objects, failing with a
 * {@link DisabilityStandardsConfigurationException} that names the first property whose value is unusable.
 */
public final class Settings {

    private static final String PROFILE = DisabilityStandardsProperties.PREFIX + ".profile";
    private static final String OVERRIDES = DisabilityStandardsProperties.PREFIX + ".overrides.";
    private static final String CROSSWALKS = DisabilityStandardsProperties.PREFIX + ".crosswalks";

    private Settings() {
    }

    /**
     * Returns the profile the properties describe: a bundled profile, or the profile document at a resource
     * location ({@code classpath:...}, {@code file:...}), changed by the overrides properties.
     *
     * @param properties the properties
     * @param resources  the loader of resource locations
     * @return the profile
     * @throws DisabilityStandardsConfigurationException if the profile is unknown or an override is invalid
     */
    public static Profile profile(DisabilityStandardsProperties properties, ResourceLoader resources) {
        String value = properties.getProfile() == null ? "" : properties.getProfile().strip();
        Profile profile;
        if (value.contains(":")) {
            profile = document(resources.getResource(value));
        } else {
            profile = bundled(value, PROFILE, "Set " + PROFILE + " to one of " + String.join(", ", Profile.names())
                    + " or to the location of a profile document, and describe a local profile with " + OVERRIDES
                    + "* on top of it.");
        }
        return change(profile, properties.getOverrides(), OVERRIDES);
    }

    private static Profile document(Resource resource) {
        String where = "profile document " + resource.getDescription();
        String action = "Correct the " + where + " (the form of one entry of profiles.json: docs/spring.md).";
        ProfileDocument document;
        try {
            document = ProfileDocument.read(resource);
        } catch (IOException | UncheckedIOException e) {
            throw new DisabilityStandardsConfigurationException(PROFILE, "cannot read " + where + " ("
                    + e.getClass().getSimpleName() + ")", action, e);
        } catch (IllegalArgumentException e) {
            throw new DisabilityStandardsConfigurationException(PROFILE, where + ": " + e.getMessage(), action, e);
        }
        Profile base = bundled(document.base(), PROFILE + " (" + where + ", base)", action);
        try {
            return change(base, document.overrides(), "");
        } catch (DisabilityStandardsConfigurationException e) {
            throw new DisabilityStandardsConfigurationException(PROFILE, where + ", " + e.property() + ": "
                    + e.getCause().getMessage(), action, e.getCause());
        }
    }

    private static Profile bundled(String name, String property, String action) {
        return Profile.find(name).orElseThrow(() -> new DisabilityStandardsConfigurationException(property,
                "no bundled profile is named '" + name + "'", action, null));
    }

    private static Profile change(Profile base, Overrides overrides, String prefix) {
        if (overrides.isEmpty()) {
            return base;
        }
        Profile.Builder builder = base.toBuilder();
        if (overrides.getName() != null) {
            apply(prefix + "name", () -> builder.name(overrides.getName()));
        }
        if (overrides.getDescription() != null) {
            apply(prefix + "description", () -> builder.description(overrides.getDescription()));
        }
        for (Map.Entry<String, Severity> entry : overrides.getSeverities().entrySet()) {
            apply(prefix + "severities[" + entry.getKey() + "]",
                    () -> builder.severity(entry.getKey(), entry.getValue()));
        }
        for (String rule : overrides.getDisabledRules()) {
            apply(prefix + "disabled-rules", () -> builder.disable(rule));
        }
        for (String rule : overrides.getEnabledRules()) {
            apply(prefix + "enabled-rules", () -> builder.enable(rule));
        }
        ProfileParameters.Builder parameters = base.parameters().toBuilder();
        set(overrides.getRegionPrefix(), prefix + "region-prefix", parameters::regionPrefix);
        set(overrides.getAcceptFifteenDigitIds(), prefix + "accept-fifteen-digit-ids",
                parameters::acceptFifteenDigitIds);
        set(overrides.getCareAllowanceGrade3IntellectualMental(), prefix + "care-allowance-grade3-intellectual-mental",
                parameters::careAllowanceGrade3IntellectualMental);
        set(overrides.getChildAidMaxAge(), prefix + "child-aid-max-age", parameters::childAidMaxAge);
        set(overrides.getChildAidCertificateFromAge(), prefix + "child-aid-certificate-from-age",
                parameters::childAidCertificateFromAge);
        set(overrides.getEmploymentQuotaPercent(), prefix + "employment-quota-percent",
                parameters::employmentQuotaPercent);
        return builder.parameters(parameters.build()).build();
    }

    /**
     * Returns the grading of a profile's parameters (GB/T 26341-2010).
     *
     * @param profile the profile
     * @return the grading
     */
    public static Gb26341Grading grading(Profile profile) {
        return Gb26341Grading.withParameters(profile.parameters().grading());
    }

    /**
     * Returns the converter with the bundled crosswalks, replaced by the user's tables where given.
     *
     * @param grading   the grading used to regrade
     * @param resources the user's crosswalk tables
     * @return the converter
     * @throws DisabilityStandardsConfigurationException if a table is missing, unreadable or invalid
     */
    public static GradeConverter converter(Gb26341Grading grading, List<Resource> resources) {
        GradeConverter.Builder builder = GradeConverter.builder().grading(grading);
        for (int i = 0; i < resources.size(); i++) {
            builder.crosswalk(crosswalk(CROSSWALKS + "[" + i + "]", resources.get(i)));
        }
        return builder.build();
    }

    private static Crosswalk crosswalk(String property, Resource resource) {
        String action = "Check the table at " + property + " against docs/grading-and-conversions.md, or remove "
                + "the property to use the bundled crosswalks.";
        try (InputStream in = resource.getInputStream()) {
            return Crosswalk.load(resource.getDescription(), in);
        } catch (IOException | UncheckedIOException e) {
            throw new DisabilityStandardsConfigurationException(property, "cannot read " + resource.getDescription()
                    + " (" + e.getClass().getSimpleName() + ")", action, e);
        } catch (IllegalArgumentException e) {
            throw new DisabilityStandardsConfigurationException(property, "invalid crosswalk table "
                    + resource.getDescription() + ": " + e.getMessage(), action, e);
        }
    }

    private static <T> void set(T value, String property, Consumer<T> setter) {
        if (value != null) {
            apply(property, () -> setter.accept(value));
        }
    }

    private static void apply(String property, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw new DisabilityStandardsConfigurationException(property, e.getMessage(),
                    "Correct " + property + " (rule ids and parameters: docs/rules.md, docs/guide.md).", e);
        }
    }
}
