package org.disabilitystandards.validation.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disabilitystandards.core.code.BundledTables;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.core.grading.GradingParameters;
import org.disabilitystandards.core.grading.WhodasRole;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.validation.report.Severity;

/**
 * The bundled profiles and the documentation of their parameters, read from the versioned resource
 * {@code profiles.json}. A profile may name a {@code base} whose parameters, severities and switched-off
 * rules it starts from. Immutable; loaded lazily once.
 */
final class ProfileData {

    private static final String RESOURCE = "profiles.json";

    private final Map<String, Profile> profiles;
    private final List<ParameterDoc> parameterDocs;

    /** Documentation of one profile parameter. */
    record ParameterDoc(String name, String description, String source, Confidence confidence) {
    }

    private ProfileData(Map<String, Profile> profiles, List<ParameterDoc> parameterDocs) {
        this.profiles = Map.copyOf(profiles);
        this.parameterDocs = List.copyOf(parameterDocs);
        this.names = List.copyOf(profiles.keySet());
    }

    private final List<String> names;

    /** Holder of the bundled data. */
    private static final class Bundled {
        static final ProfileData DATA = load();

        private static ProfileData load() {
            return BundledTables.read(ProfileData.class, RESOURCE,
                in -> parse(new ObjectMapper().readTree(in), RuleCatalogue.bundled()));
        }
    }

    static ProfileData bundled() {
        return Bundled.DATA;
    }

    Profile get(String name) {
        return profiles.get(name);
    }

    List<String> names() {
        return names;
    }

    List<ParameterDoc> parameterDocs() {
        return parameterDocs;
    }

    private static ProfileData parse(JsonNode root, RuleCatalogue catalogue) {
        List<ParameterDoc> docs = new ArrayList<>();
        for (JsonNode node : root.path("parameters")) {
            docs.add(new ParameterDoc(node.path("name").asText(), node.path("description").asText(),
                    node.path("source").asText(), Confidence.valueOf(node.path("confidence").asText())));
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<String, JsonNode> mergedParameters = new LinkedHashMap<>();
        for (JsonNode node : root.path("profiles")) {
            String name = node.path("name").asText();
            JsonNode base = node.get("base");
            Map<String, JsonNode> values = new LinkedHashMap<>();
            Map<String, Severity> severities = new LinkedHashMap<>();
            Set<String> disabled = new LinkedHashSet<>();
            if (base != null) {
                Profile baseProfile = profiles.get(base.asText());
                if (baseProfile == null) {
                    throw new IllegalStateException("profile " + name + ": base must come first");
                }
                mergedParameters.get(base.asText()).properties().forEach(e -> values.put(e.getKey(), e.getValue()));
                severities.putAll(baseProfile.severityOverrides());
                disabled.addAll(baseProfile.disabledRules());
            }
            node.path("parameters").properties().forEach(e -> values.put(e.getKey(), e.getValue()));
            node.path("severities").properties().forEach(
                    e -> severities.put(e.getKey(), Severity.valueOf(e.getValue().asText())));
            node.path("disabledRules").forEach(id -> disabled.add(id.asText()));
            JsonNode merged = new ObjectMapper().valueToTree(values);
            mergedParameters.put(name, merged);
            profiles.put(name, new Profile(name, node.path("description").asText(), catalogue,
                    parameters(name, merged), severities, disabled));
        }
        return new ProfileData(profiles, docs);
    }

    private static ProfileParameters parameters(String profile, JsonNode p) {
        ProfileParameters.Builder b = ProfileParameters.builder()
                .regionPrefix(required(profile, p, "regionPrefix").asText())
                .acceptFifteenDigitIds(required(profile, p, "acceptFifteenDigitIds").asBoolean())
                .careAllowanceGrade3IntellectualMental(
                        required(profile, p, "careAllowanceGrade3IntellectualMental").asBoolean())
                .childAidMaxAge(required(profile, p, "childAidMaxAge").asInt())
                .childAidCertificateFromAge(required(profile, p, "childAidCertificateFromAge").asInt())
                .employmentQuotaPercent(new BigDecimal(required(profile, p, "employmentQuotaPercent").asText()));
        EnumSet<DisabilityGrade> grades = EnumSet.noneOf(DisabilityGrade.class);
        required(profile, p, "careAllowanceGrades").forEach(g -> grades.add(DisabilityGrade.of(g.asInt())));
        b.careAllowanceGrades(grades);
        EnumSet<HouseholdStatus> households = EnumSet.noneOf(HouseholdStatus.class);
        required(profile, p, "livingAllowanceHouseholds").forEach(h -> households.add(HouseholdStatus.valueOf(h.asText())));
        b.livingAllowanceHouseholds(households);
        for (Map.Entry<String, JsonNode> stage : required(profile, p, "educationStageAges").properties()) {
            b.educationStageAge(EducationStage.valueOf(stage.getKey()),
                    new AgeRange(stage.getValue().get(0).asInt(), stage.getValue().get(1).asInt()));
        }
        if (p.has("acceptedIdKinds")) {
            EnumSet<IdentifierKind> kinds = EnumSet.noneOf(IdentifierKind.class);
            p.get("acceptedIdKinds").forEach(k -> kinds.add(IdentifierKind.valueOf(k.asText())));
            b.acceptedIdKinds(kinds);
        }
        if (p.has("allowStatisticalRegionCodes")) {
            b.allowStatisticalRegionCodes(p.get("allowStatisticalRegionCodes").asBoolean());
        }
        if (p.has("earliestBirthYear")) {
            b.earliestBirthYear(p.get("earliestBirthYear").asInt());
        }
        if (p.has("addressCodeGraceYears")) {
            b.addressCodeGraceYears(p.get("addressCodeGraceYears").asInt());
        }
        JsonNode g = required(profile, p, "grading");
        b.grading(GradingParameters.builder()
                .nonIntegerValues(GradingParameters.NonIntegerValues.valueOf(required(profile, g, "nonIntegerValues").asText()))
                .speechMinimumAge(required(profile, g, "speechMinimumAge").asInt())
                .intellectualAdultWhodas(WhodasRole.valueOf(required(profile, g, "intellectualAdultWhodas").asText()))
                .mentalAdultWhodas(WhodasRole.valueOf(required(profile, g, "mentalAdultWhodas").asText()))
                .hearingRestrictedBelowAge(g.has("hearingRestrictedBelowAge") ? g.get("hearingRestrictedBelowAge").asInt()
                        : GradingParameters.DEFAULT_HEARING_RESTRICTED_BELOW_AGE)
                .build());
        b.services(ServiceProgrammeParameters.parse(profile, p));
        return b.build();
    }

    private static JsonNode required(String profile, JsonNode parameters, String name) {
        JsonNode value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("profile " + profile + ": missing parameter " + name);
        }
        return value;
    }
}
