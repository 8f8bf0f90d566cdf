package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disabilitystandards.core.internal.table.DirectBinding;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled JSON tables that {@code dsds validate} reads at start-up bind without Jackson databind
 * ({@link DirectBinding}, the path of {@link TableLoader#bundledJson}) to exactly the value databind binds them
 * to, collections of the same kinds included; so do the merged parameters of every bundled profile
 * ({@link TableLoader#bindPart}). The other bundled tables bind either way, to the same value.
 */
class BundledTablesBindingTest {

    @ParameterizedTest
    @CsvSource({
        "org.disabilitystandards.validation.rule.RuleCatalogue, rules.json, true",
        "org.disabilitystandards.validation.rule.ProfileData, profiles.json, true",
        "org.disabilitystandards.core.grading.GradingTable, gbt26341-2010-thresholds.json, true",
        "org.disabilitystandards.validation.indicator.IndicatorProfile, qinghai.json, true",
        "org.disabilitystandards.core.convert.CodeTranslator, code-translation.json, false",
        "org.disabilitystandards.core.convert.BenefitEquivalences, benefit-equivalences.json, false",
        "org.disabilitystandards.core.convert.Crosswalk, military-police-gbt26341-reference.json, false",
        "org.disabilitystandards.core.convert.Crosswalk, work-injury-gbt26341-reference.json, false",
        "org.disabilitystandards.core.convert.Crosswalk, care-level-gbt26341-reference.json, false",
        "org.disabilitystandards.validation.quota.QuotaPlanTargets, plan-targets.json, false"})
    void aBundledTableBindsDirectlyToWhatDatabindBinds(String table, String resource, boolean atStartUp)
            throws Exception {
        Class<?> anchor = Class.forName(table);
        Class<?> schema = Class.forName(table + "$Document");
        byte[] json = bytes(anchor, resource);
        Object direct = DirectBinding.read(json, schema);
        Object databind = TableLoader.databindJson(resource, json, schema);
        if (atStartUp) {
            assertThat(direct).as(resource + " bound without databind").isNotNull();
        }
        if (direct != null) {
            assertThat(direct).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(databind);
        }
    }

    @Test
    void everyBundledProfilesMergedParametersBindDirectlyToWhatDatabindBinds() throws IOException {
        ProfileData.Document document = DirectBinding.read(bytes(ProfileData.class, "profiles.json"),
                ProfileData.Document.class);
        Map<String, Map<String, JsonNode>> merged = new HashMap<>();
        for (ProfileData.ProfileEntry entry : document.profiles()) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            if (entry.base() != null) {
                values.putAll(merged.get(entry.base()));
            }
            values.putAll(entry.parameters());
            merged.put(entry.name(), values);
            ProfileData.Parameters direct = DirectBinding.convert(values, ProfileData.Parameters.class);
            assertThat(direct).as(entry.name() + " bound without databind").isNotNull();
            assertThat(direct).as(entry.name()).usingRecursiveComparison().withStrictTypeChecking()
                    .isEqualTo(TableLoader.databindPart(values, ProfileData.Parameters.class, "/p"));
            assertThat(direct.build()).isEqualTo(Profile.find(entry.name()).orElseThrow().parameters());
        }
        assertThat(merged).containsKeys("national", "qinghai");
    }

    private static byte[] bytes(Class<?> anchor, String resource) throws IOException {
        try (InputStream in = TableLoader.open(anchor, resource)) {
            return in.readAllBytes();
        }
    }
}
