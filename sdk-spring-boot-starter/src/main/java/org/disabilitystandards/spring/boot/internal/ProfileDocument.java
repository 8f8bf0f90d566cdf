package org.disabilitystandards.spring.boot.internal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> FIELDS = Set.of("name", "base", "description", "severities", "disabledRules",
            "enabledRules", "parameters");

    private final String base;
    private final Overrides overrides;

    private ProfileDocument(String base, Overrides overrides) {
        this.base = base;
        this.overrides = overrides;
    }

    String base() {
        return base;
    }

    Overrides overrides() {
        return overrides;
    }

    /**
     * Reads a profile document.
     *
     * @throws IOException              if the resource cannot be read or is not JSON
     * @throws IllegalArgumentException if a field is unknown, missing or of the wrong kind
     */
    static ProfileDocument read(Resource resource) throws IOException {
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = JSON.readTree(in);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the profile document must be one JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field " + field + " (known: " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        Overrides overrides = new Overrides();
        overrides.setName(text(root, "name", true));
        overrides.setDescription(text(root, "description", false));
        for (Map.Entry<String, JsonNode> entry : root.path("severities").properties()) {
            overrides.getSeverities().put(entry.getKey(), severity(entry.getKey(), entry.getValue()));
        }
        overrides.setDisabledRules(ids(root, "disabledRules"));
        overrides.setEnabledRules(ids(root, "enabledRules"));
        for (Map.Entry<String, JsonNode> entry : root.path("parameters").properties()) {
            parameter(overrides, entry.getKey(), entry.getValue());
        }
        return new ProfileDocument(text(root, "base", true), overrides);
    }

    private static void parameter(Overrides overrides, String name, JsonNode value) {
        switch (name) {
            case "regionPrefix" -> overrides.setRegionPrefix(kind(value, value.isTextual(), name).asText());
            case "acceptFifteenDigitIds" -> overrides.setAcceptFifteenDigitIds(
                    kind(value, value.isBoolean(), name).asBoolean());
            case "careAllowanceGrade3IntellectualMental" -> overrides.setCareAllowanceGrade3IntellectualMental(
                    kind(value, value.isBoolean(), name).asBoolean());
            case "childAidMaxAge" -> overrides.setChildAidMaxAge(kind(value, value.isInt(), name).asInt());
            case "childAidCertificateFromAge" -> overrides.setChildAidCertificateFromAge(
                    kind(value, value.isInt(), name).asInt());
            case "employmentQuotaPercent" -> overrides.setEmploymentQuotaPercent(
                    new BigDecimal(kind(value, value.isNumber(), name).asText()));
            default -> throw new IllegalArgumentException("unknown parameter " + name + " (known: "
                    + "regionPrefix, acceptFifteenDigitIds, careAllowanceGrade3IntellectualMental, childAidMaxAge, "
                    + "childAidCertificateFromAge, employmentQuotaPercent)");
        }
    }

    private static JsonNode kind(JsonNode value, boolean expected, String name) {
        if (!expected) {
            throw new IllegalArgumentException("parameter " + name + " has a value of the wrong kind");
        }
        return value;
    }

    private static Severity severity(String rule, JsonNode value) {
        try {
            return Severity.valueOf(value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severity of " + rule + " must be ERROR, WARNING or INFO", e);
        }
    }

    private static Set<String> ids(JsonNode root, String field) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode id : root.path(field)) {
            ids.add(kind(id, id.isTextual(), field).asText());
        }
        return ids;
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode value = root.get(field);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("the profile document needs the field " + field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field " + field + " must be a string");
        }
        return value.asText();
    }
}
