package org.disabilitystandards.validation.rule;

import java.util.Set;
import org.disabilitystandards.core.model.Household;

/**
 * Means-test statuses of a household that benefit rules refer to.
 */
public enum HouseholdStatus {
    /** Minimum living guarantee household (低保). */
    MINIMUM_LIVING_GUARANTEE,
    /** Household just above the 低保 line (低保边缘). */
    NEAR_POVERTY,
    /** Person supported as extremely poor (特困). */
    EXTREME_POVERTY;

    /**
     * Returns whether a household has this status.
     *
     * @param household the household
     * @return true if it has the status
     */
    public boolean matches(Household household) {
        return switch (this) {
            case MINIMUM_LIVING_GUARANTEE -> household.minimumLivingGuarantee();
            case NEAR_POVERTY -> household.nearPoverty();
            case EXTREME_POVERTY -> household.extremePoverty();
        };
    }

    /** Returns a set of statuses as a bit mask (bit {@code ordinal}), computed once per profile. */
    static int mask(Set<HouseholdStatus> statuses) {
        int mask = 0;
        for (HouseholdStatus status : statuses) {
            mask |= 1 << status.ordinal();
        }
        return mask;
    }

    /** Returns whether a household has one of the statuses of a {@link #mask}, without allocating. */
    static boolean anyMatches(int mask, Household household) {
        return (mask & 1 << MINIMUM_LIVING_GUARANTEE.ordinal()) != 0 && household.minimumLivingGuarantee()
                || (mask & 1 << NEAR_POVERTY.ordinal()) != 0 && household.nearPoverty()
                || (mask & 1 << EXTREME_POVERTY.ordinal()) != 0 && household.extremePoverty();
    }
}
