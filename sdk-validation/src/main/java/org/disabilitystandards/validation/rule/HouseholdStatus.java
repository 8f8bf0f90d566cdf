package org.disabilitystandards.validation.rule;

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
        switch (this) {
            case MINIMUM_LIVING_GUARANTEE:
                return household.minimumLivingGuarantee();
            case NEAR_POVERTY:
                return household.nearPoverty();
            default:
                return household.extremePoverty();
        }
    }
}
