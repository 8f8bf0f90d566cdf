package org.disabilitystandards.validation.rule;

import java.util.List;
import java.util.stream.Collectors;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;

/**
 * Region rules for {@code regionCode}, where the person lives now (GB/T 2260, newest MCA edition):
 * REGION.UNKNOWN (a code of no edition and no statistical list), REGION.RETIRED (a code of an older edition,
 * with its current successor(s) where known), REGION.STATISTICAL_ONLY (a statistical-only NBS code, unless the
 * profile allows them: qinghai uses 632857 大柴旦) and, where the profile sets a region prefix (qinghai:
 * {@code 63}), REGION.OUTSIDE_PROFILE. One table lookup per record.
 */
final class RegionRules implements DomainRules {

    private static final String PATH = "regionCode";
    /** The successor argument when the history names none (a merge into a differently named unit). */
    static final String NO_KNOWN_SUCCESSOR = "-";

    private final Rule unknown;
    private final Rule outsideProfile;
    private final Rule retired;
    private final Rule statisticalOnly;
    private final AdministrativeDivisions divisions;

    RegionRules(RuleCatalogue catalogue, AdministrativeDivisions divisions) {
        this.unknown = catalogue.get(RuleIds.REGION_UNKNOWN);
        this.outsideProfile = catalogue.get(RuleIds.REGION_OUTSIDE_PROFILE);
        this.retired = catalogue.get(RuleIds.REGION_RETIRED);
        this.statisticalOnly = catalogue.get(RuleIds.REGION_STATISTICAL_ONLY);
        this.divisions = divisions;
    }

    @Override
    public void check(RecordCheck c) {
        String code = c.record.regionCode();
        AdministrativeDivision division = divisions.lookup(code).orElse(null);
        if (division == null) {
            // a code that is no division can hold anything (an ID number typed in the wrong column): never echoed
            c.raise(unknown, PATH, isSixDigits(code) ? code : "(" + code.length() + " characters, not shown)");
        } else if (division.isStatisticalOnly()) {
            if (!c.parameters.allowStatisticalRegionCodes()) {
                c.raise(statisticalOnly, PATH, code, division.nameZh());
            } else if (division.isRetired()) {
                c.raise(retired, PATH, code, NO_KNOWN_SUCCESSOR);
            }
        } else if (division.isRetired()) {
            c.raise(retired, PATH, code, successors(code));
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

    private String successors(String code) {
        List<AdministrativeDivision> current = divisions.currentSuccessors(code);
        return current.isEmpty() ? NO_KNOWN_SUCCESSOR
                : current.stream().map(AdministrativeDivision::code).collect(Collectors.joining("|"));
    }
}
