package org.disabilitystandards.spring.boot.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.spring.boot.DisabilityStandardsProperties.Overrides;
import org.disabilitystandards.validation.report.Severity;
import org.springframework.core.io.Resource;

/**
 * A profile of the user's as a JSON resource, in the form of one entry of sdk-validation's
 * {@code profiles.json}: {@code name}, {@code base} (a bundled profile), {@code description},
 * {@code severities}, {@code disabledRules}, {@code enabledRules} and {@code parameters} (those of
 * {@link Overrides}). Read into the base name and an {@link Overrides}, so that it takes the same path as
 * the {@code overrides} properties.
 */
final class ProfileDocument {

    private final String base;
    private final Overrides overrides;

    private ProfileDocument(String base, Overrides overrides) {
        this.base = base;
        this.overrides = overrides;
    }

    /**
     * The schema of a profile document.
     *
     * @param name          the local profile's name
     * @param base          the bundled profile it starts from
     * @param description   what it is for, or null
     * @param severities    severity overrides by rule id, or null
     * @param disabledRules rule ids switched off, or null
     * @param enabledRules  rule ids of the base switched back on, or null
     * @param parameters    the parameters it changes, or null
     */
    record Schema(@JsonProperty(required = true) String name, @JsonProperty(required = true) String base,
            String description, Map<String, Severity> severities, Set<String> disabledRules,
            Set<String> enabledRules, Parameters parameters) {
        Schema {
            TableChecks.nonBlank("name", name);
            TableChecks.nonBlank("base", base);
        }
    }

    /**
     * The parameters a profile document may change (those of {@link Overrides}).
     *
     * @param regionPrefix                          see {@link Overrides}
     * @param acceptFifteenDigitIds                 see {@link Overrides}
     * @param careAllowanceGrade3IntellectualMental see {@link Overrides}
     * @param childAidMaxAge                        see {@link Overrides}
     * @param childAidCertificateFromAge            see {@link Overrides}
     * @param employmentQuotaPercent                see {@link Overrides}
     */
    record Parameters(String regionPrefix, Boolean acceptFifteenDigitIds,
            Boolean careAllowanceGrade3IntellectualMental, Integer childAidMaxAge, Integer childAidCertificateFromAge,
            BigDecimal employmentQuotaPercent) {
    }

    String base() {
        return base;
    }

    Overrides overrides() {
        return overrides;
    }

    /**
     * Reads a profile document through the SDK's table loader.
     *
     * @throws IOException    if the resource cannot be opened
     * @throws TableException if a field is unknown, missing or of the wrong kind (names the field's pointer)
     */
    static ProfileDocument read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return TableLoader.json(resource.getDescription(), in, Schema.class, schema -> null,
                    ProfileDocument::of);
        }
    }

    private static ProfileDocument of(Schema schema) {
        Overrides overrides = new Overrides();
        overrides.setName(schema.name());
        overrides.setDescription(schema.description());
        if (schema.severities() != null) {
            overrides.getSeverities().putAll(schema.severities());
        }
        overrides.setDisabledRules(schema.disabledRules() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(schema.disabledRules()));
        overrides.setEnabledRules(schema.enabledRules() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(schema.enabledRules()));
        Parameters p = schema.parameters();
        if (p != null) {
            overrides.setRegionPrefix(p.regionPrefix());
            overrides.setAcceptFifteenDigitIds(p.acceptFifteenDigitIds());
            overrides.setCareAllowanceGrade3IntellectualMental(p.careAllowanceGrade3IntellectualMental());
            overrides.setChildAidMaxAge(p.childAidMaxAge());
            overrides.setChildAidCertificateFromAge(p.childAidCertificateFromAge());
            overrides.setEmploymentQuotaPercent(p.employmentQuotaPercent());
        }
        return new ProfileDocument(schema.base(), overrides);
    }
}
