package org.disabilitystandards.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.quota.EmployerType;
import org.disabilitystandards.validation.quota.QuotaPlanTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The build-time check of sdk-validation's bundled tables: every resource table is registered here with its
 * loader, every one loads through its schema, and every one declares an edition visible at run time. Message
 * bundles are not tables (they are read by {@link java.util.ResourceBundle}).
 */
class BundledTablesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static final Set<String> MESSAGE_BUNDLES = Set.of("ValidationMessages.properties",
            "ValidationMessages_zh_CN.properties", "org/disabilitystandards/validation/report/messages.properties",
            "org/disabilitystandards/validation/report/messages_zh_CN.properties");

    private static final Map<String, Supplier<String>> TABLES = Map.of(
            "org/disabilitystandards/validation/rule/rules.json", () -> RuleCatalogue.bundled().edition(),
            "org/disabilitystandards/validation/rule/profiles.json", () -> ProfileData.bundled().edition(),
            "org/disabilitystandards/validation/indicator/qinghai.json",
            () -> IndicatorProfile.byName("qinghai").version(),
            "org/disabilitystandards/validation/quota/plan-targets.json", () -> QuotaPlanTargets.bundled().version(),
            "org/disabilitystandards/validation/quota/code-names.properties",
            () -> TableLoader.bundledProperties(EmployerType.class, "code-names.properties").edition());

    @Test
    void everyBundledTableIsRegisteredLoadsThroughItsSchemaAndHasAnEdition() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> RESOURCES.relativize(f).toString()
                    .replace('\\', '/')).filter(f -> !f.startsWith("META-INF/") && !MESSAGE_BUNDLES.contains(f)))
                    .as("every bundled table has a loader in this test").containsExactlyInAnyOrderElementsOf(
                            TABLES.keySet());
        }
        TABLES.forEach((table, edition) -> assertThat(edition.get()).as(table).isNotBlank());
        assertThat(ProfileData.bundled().edition()).isEqualTo("dsds-profiles 2025.1");
        assertThat(Profile.byName("qinghai").parameters()).isNotEqualTo(Profile.byName("national").parameters());
    }

    private static String bundledProfiles() throws IOException {
        return Files.readString(RESOURCES.resolve("org/disabilitystandards/validation/rule/profiles.json"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"childAidMaxAge\": 17,|\"childAidMaxAge\": \"17\",|/profiles/1/parameters/childAidMaxAge|WRONG_TYPE",
        "\"regionPrefix\": \"63\",|\"regionPrefix\": \"63\", \"regionPrefx\": \"63\",|/profiles/1/parameters/regionPrefx|UNKNOWN_FIELD",
        "\"base\": \"national\"|\"base\": \"nation\"|/profiles/1/base|UNKNOWN_CODE",
        "\"careAllowanceGrades\": [1, 2]|\"careAllowanceGrades\": [1, 5]|/profiles/0/parameters/careAllowanceGrades|UNKNOWN_CODE",
        "\"grading\": {|\"gradin\": {|/profiles/0/parameters/grading|MISSING_FIELD",
        "\"childAidTrainingMonthsPerYear\": 10,|\"childAidTrainingMonths\": 10,|/profiles/0/parameters/childAidTrainingMonthsPerYear|MISSING_FIELD"})
    void brokenProfilesNameTheProfileAndParameter(String from, String to, String pointer, Reason reason)
            throws IOException {
        String text = bundledProfiles();
        assertThat(text).contains(from);
        assertThatThrownBy(() -> ProfileData.load("my-profiles.json",
                new ByteArrayInputStream(text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))
                        .getBytes(StandardCharsets.UTF_8)), RuleCatalogue.bundled()))
                .isInstanceOfSatisfying(TableException.class, e -> {
                    assertThat(e.table()).isEqualTo("my-profiles.json");
                    assertThat(e.edition()).hasValue("dsds-profiles 2025.1");
                    assertThat(e.location()).isEqualTo(pointer);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @Test
    void theBundledProfilesLoadAgainToEqualValues() throws IOException {
        ProfileData again = ProfileData.load("profiles.json",
                new ByteArrayInputStream(bundledProfiles().getBytes(StandardCharsets.UTF_8)), RuleCatalogue.bundled());
        for (String name : ProfileData.bundled().names()) {
            assertThat(again.get(name)).isEqualTo(ProfileData.bundled().get(name))
                    .hasSameHashCodeAs(ProfileData.bundled().get(name));
            assertThat(again.get(name).parameters().services())
                    .hasSameHashCodeAs(ProfileData.bundled().get(name).parameters().services());
        }
    }
}
