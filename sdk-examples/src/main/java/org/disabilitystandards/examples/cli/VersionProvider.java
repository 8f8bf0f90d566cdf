package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.code.CareDependencyLevel;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.code.WorkInjuryGrade;
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
        };
    }
}
