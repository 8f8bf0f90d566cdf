package org.disabilitystandards.spring.boot.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.convert.Provenance;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.rule.RuleCatalogue;

/** The SDK version and the edition of every table a running application applies. */
public final class TableEditions {

    private static final String VERSION_RESOURCE = "/org/disabilitystandards/spring/boot/sdk-version.properties";

    private TableEditions() {
    }

    /**
     * Returns the SDK version this starter was built with.
     *
     * @return the version, such as {@code 0.2.0}
     */
    public static String sdkVersion() {
        Properties properties = new Properties();
        try (InputStream in = TableEditions.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * Returns the table editions, by table, in a stable order.
     *
     * @param catalogue the rule catalogue in force
     * @param grading   the grading in use
     * @param converter the converter in use (bundled or user crosswalks)
     * @return the editions
     */
    public static Map<String, String> editions(RuleCatalogue catalogue, Gb26341Grading grading,
            GradeConverter converter) {
        Map<String, String> editions = new LinkedHashMap<>();
        editions.put("categoriesAndGrades", DisabilityCategory.SYSTEM.edition());
        editions.put("militaryAndPoliceGrades", MilitaryDisabilityGrade.SYSTEM.edition());
        editions.put("workInjuryGrades", WorkInjuryGrade.SYSTEM.edition());
        editions.put("careDependencyLevels", CareDependencyLevel.SYSTEM.edition());
        editions.put("administrativeDivisions", AdministrativeDivisions.bundled().edition());
        editions.put("ruleCatalogue", catalogue.edition());
        editions.put("gradingThresholds", grading.tableId() + " version " + grading.tableVersion());
        for (SourceSystem system : SourceSystem.values()) {
            Provenance provenance = converter.crosswalk(system).provenance();
            editions.put("crosswalk." + system.name(), provenance.tableId() + " version " + provenance.version());
        }
        editions.put("benefitEquivalences", "version " + BenefitEquivalences.bundled().version());
        editions.put("indicatorTargets", "qinghai version " + IndicatorProfile.byName("qinghai").version());
        return editions;
    }
}
