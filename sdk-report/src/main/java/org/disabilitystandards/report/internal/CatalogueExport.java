package org.disabilitystandards.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.EducationStage;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.AgeRange;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.ParameterDocumentation;
import org.disabilitystandards.validation.rule.ProfileParameters;
import org.disabilitystandards.validation.rule.Rule;
import org.disabilitystandards.validation.rule.RuleCatalogue;
import org.disabilitystandards.validation.rule.RuleDomain;

/**
 * Exports the rule catalogue and the bundled profiles for the documentation: {@code docs/rules.json}
 * (machine-readable: id, domain, severity, zh-CN and en messages, source, dates, confidence, arguments;
 * profiles with their parameters) and {@code docs/rules.md} (the readable catalogue). Both are generated
 * from the versioned resources; a test fails when the committed files are stale ({@code CatalogueDocsTest} of
 * {@code sdk-report}). Not API: the documentation generator's.
 */
public final class CatalogueExport {

    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    private CatalogueExport() {
    }

    /**
     * Returns the catalogue and the bundled profiles as pretty-printed JSON, ending with a line break.
     *
     * @return the JSON text
     */
    public static String json() {
        RuleCatalogue catalogue = RuleCatalogue.bundled();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("edition", catalogue.edition());
        root.put("notes", catalogue.notes());
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : catalogue.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("domain", rule.domain().name());
            node.put("severity", rule.defaultSeverity().name());
            ObjectNode messages = node.putObject("messages");
            messages.put("zh-CN", rule.messageTemplate(ZH_CN));
            messages.put("en", rule.messageTemplate(Locale.ENGLISH));
            node.put("document", rule.document());
            node.put("clause", rule.clause());
            node.put("effectiveFrom", rule.effectiveFrom().toString());
            if (rule.retiredOn().isPresent()) {
                node.put("retiredOn", rule.retiredOn().get().toString());
            } else {
                node.putNull("retiredOn");
            }
            node.put("confidence", rule.confidence().name());
            ArrayNode arguments = node.putArray("arguments");
            rule.argumentNames().forEach(arguments::add);
        }
        ArrayNode parameters = root.putArray("parameters");
        for (ParameterDocumentation doc : ParameterDocumentation.bundled()) {
            ObjectNode node = parameters.addObject();
            node.put("name", doc.name());
            node.put("description", doc.description());
            node.put("source", doc.source());
            node.put("confidence", doc.confidence().name());
        }
        ArrayNode profiles = root.putArray("profiles");
        for (String name : Profile.names()) {
            Profile profile = Profile.byName(name);
            ObjectNode node = profiles.addObject();
            node.put("name", profile.name());
            node.put("description", profile.description());
            node.set("parameters", mapper.valueToTree(parameterValues(profile.parameters())));
            ObjectNode severities = node.putObject("severities");
            for (Map.Entry<String, Severity> entry : profile.severityOverrides().entrySet()) {
                severities.put(entry.getKey(), entry.getValue().name());
            }
            ArrayNode disabled = node.putArray("disabledRules");
            profile.disabledRules().forEach(disabled::add);
        }
        try {
            return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the catalogue", e);
        }
    }

    private static Map<String, Object> parameterValues(ProfileParameters p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("regionPrefix", p.regionPrefix());
        values.put("acceptFifteenDigitIds", p.acceptFifteenDigitIds());
        values.put("careAllowanceGrades", p.careAllowanceGrades().stream().map(DisabilityGrade::number).toList());
        values.put("careAllowanceGrade3IntellectualMental", p.careAllowanceGrade3IntellectualMental());
        values.put("livingAllowanceHouseholds", p.livingAllowanceHouseholds().stream().map(Enum::name).toList());
        values.put("childAidMaxAge", p.childAidMaxAge());
        values.put("childAidCertificateFromAge", p.childAidCertificateFromAge());
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Map.Entry<EducationStage, AgeRange> entry : p.educationStageAges().entrySet()) {
            stages.put(entry.getKey().name(), List.of(entry.getValue().min(), entry.getValue().max()));
        }
        values.put("educationStageAges", stages);
        values.put("employmentQuotaPercent", p.employmentQuotaPercent());
        Map<String, Object> grading = new LinkedHashMap<>();
        grading.put("nonIntegerValues", p.grading().nonIntegerValues().name());
        grading.put("speechMinimumAge", p.grading().speechMinimumAge());
        grading.put("intellectualAdultWhodas", p.grading().intellectualAdultWhodas().name());
        grading.put("mentalAdultWhodas", p.grading().mentalAdultWhodas().name());
        values.put("grading", grading);
        return values;
    }

    /**
     * Returns the readable catalogue as Markdown, ending with a line break.
     *
     * @return the Markdown text
     */
    public static String markdown() {
        RuleCatalogue catalogue = RuleCatalogue.bundled();
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n");
        md.append("Generated from `sdk-validation/src/main/resources/org/disabilitystandards/validation/rule/`")
                .append(" (`rules.json`, `profiles.json`) and the message bundles; do not edit by hand.")
                .append(" Machine-readable: [rules.json](rules.json).\n\n");
        md.append("Edition: `").append(catalogue.edition()).append("`. ").append(catalogue.notes()).append("\n\n");
        md.append("Rule ids are public API: an id never changes meaning and is never reused. Severity is the default;")
                .append(" a profile may change it. Confidence `CONFIGURABLE_DEFAULT` marks values the references could")
                .append(" not settle: profile parameters hold them.\n");
        for (RuleDomain domain : RuleDomain.values()) {
            md.append("\n## ").append(domain.name()).append("\n\n");
            md.append("| id | severity | message (en) | message (zh-CN) | source | in force | confidence |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (Rule rule : catalogue.rules()) {
                if (rule.domain() != domain) {
                    continue;
                }
                md.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity()).append(" | ")
                        .append(cell(rule.messageTemplate(Locale.ENGLISH))).append(" | ")
                        .append(cell(rule.messageTemplate(ZH_CN))).append(" | ").append(cell(rule.source()))
                        .append(" | ").append(rule.effectiveFrom())
                        .append(rule.retiredOn().map(d -> " to " + d).orElse(" on")).append(" | ")
                        .append(rule.confidence()).append(" |\n");
            }
        }
        md.append("\n## Profile parameters\n\n");
        md.append("| parameter | meaning | source | confidence |");
        for (String name : Profile.names()) {
            md.append(' ').append(name).append(" |");
        }
        md.append("\n|---|---|---|---|");
        Profile.names().forEach(n -> md.append("---|"));
        md.append('\n');
        for (ParameterDocumentation doc : ParameterDocumentation.bundled()) {
            md.append("| `").append(doc.name()).append("` | ").append(cell(doc.description())).append(" | ")
                    .append(cell(doc.source())).append(" | ").append(doc.confidence()).append(" |");
            for (String name : Profile.names()) {
                md.append(' ').append(cell(String.valueOf(parameterValues(Profile.byName(name).parameters())
                        .get(doc.name())))).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Profiles\n\n");
        for (String name : Profile.names()) {
            Profile profile = Profile.byName(name);
            md.append("- `").append(name).append("`: ").append(profile.description());
            if (!profile.severityOverrides().isEmpty()) {
                md.append("; severities ").append(profile.severityOverrides());
            }
            if (!profile.disabledRules().isEmpty()) {
                md.append("; switched off ").append(profile.disabledRules());
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
