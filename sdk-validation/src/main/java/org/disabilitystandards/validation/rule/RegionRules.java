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
            // a code that is no division can hold anything (an ID number typed in the wrong column): never echoed
            c.raise(unknown, PATH, isSixDigits(code) ? code : "(" + code.length() + " characters, not shown)");
        } else if (division.isRetired()) {
            c.raise(retired, PATH, code, division.successorCode().orElseThrow());
        }
        String prefix = c.parameters.regionPrefix();
        if (!prefix.isEmpty() && !code.startsWith(prefix)) {
            c.raise(outsideProfile, PATH, isSixDigits(code) ? code : "(" + code.length() + " characters, not shown)",
                    prefix);
        }
    }

    private static boolean isSixDigits(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
