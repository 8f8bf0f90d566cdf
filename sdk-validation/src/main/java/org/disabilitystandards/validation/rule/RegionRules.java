package org.disabilitystandards.validation.rule;

import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;

/**
 * Region rules (GB/T 2260): REGION.UNKNOWN, REGION.RETIRED and, where the profile sets a region prefix
 * (qinghai: {@code 63}), REGION.OUTSIDE_PROFILE. One table lookup per record.
 */
final class RegionRules implements DomainRules {

    private static final String PATH = "regionCode";

    private final Rule unknown;
    private final Rule outsideProfile;
    private final Rule retired;
    private final AdministrativeDivisions divisions;

    RegionRules(RuleCatalogue catalogue, AdministrativeDivisions divisions) {
        this.unknown = catalogue.get("REGION.UNKNOWN");
        this.outsideProfile = catalogue.get("REGION.OUTSIDE_PROFILE");
        this.retired = catalogue.get("REGION.RETIRED");
        this.divisions = divisions;
    }

    @Override
    public void check(RecordCheck c) {
        String code = c.record.regionCode();
        AdministrativeDivision division = divisions.find(code).orElse(null);
        if (division == null) {
            c.raise(unknown, PATH, code);
        } else if (division.isRetired()) {
            c.raise(retired, PATH, code, division.successorCode().orElseThrow());
        }
        String prefix = c.parameters.regionPrefix();
        if (!prefix.isEmpty() && !code.startsWith(prefix)) {
            c.raise(outsideProfile, PATH, code, prefix);
        }
    }
}
