package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.WorkInjuryGrade;
import org.disabilitystandards.core.convert.BenefitEquivalences;
import org.disabilitystandards.core.convert.Crosswalk;
import org.disabilitystandards.core.convert.Provenance;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.rule.RuleCatalogue;
import picocli.CommandLine;

/**
 * Prints the SDK version and the editions of the data tables it has loaded.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("dsds-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "dsds " + properties.getProperty("version", "unknown") + " (DisabilityStandards SDK)",
            "  categories and grades: " + DisabilityCategory.SYSTEM.edition(),
            "  military and police grades: " + MilitaryDisabilityGrade.SYSTEM.edition(),
            "  work-injury grades: " + WorkInjuryGrade.SYSTEM.edition(),
            "  care dependency levels: " + CareDependencyLevel.SYSTEM.edition(),
            "  administrative divisions: " + AdministrativeDivisions.bundled().edition(),
            "  rule catalogue: " + RuleCatalogue.bundled().edition(),
            "  grading thresholds: " + Gb26341Grading.standard().tableId() + " version "
                    + Gb26341Grading.standard().tableVersion(),
            "  crosswalks: " + crosswalk(SourceSystem.MILITARY) + ", " + crosswalk(SourceSystem.WORK_INJURY) + ", "
                    + crosswalk(SourceSystem.CARE_LEVEL),
            "  benefit equivalences: version " + BenefitEquivalences.bundled().version(),
            "  indicator targets: qinghai version " + IndicatorProfile.byName("qinghai").version(),
        };
    }

    private static String crosswalk(SourceSystem system) {
        Provenance provenance = Crosswalk.bundled(system).provenance();
        return provenance.tableId() + " version " + provenance.version();
    }
}
