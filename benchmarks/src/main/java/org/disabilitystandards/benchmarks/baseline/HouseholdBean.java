package org.disabilitystandards.benchmarks.baseline;



/** Household means-test status of the exchange format as a JavaBean. */
final class HouseholdBean {

    private Boolean minimumLivingGuarantee;

    private Boolean nearPoverty;

    private Boolean extremePoverty;

    public Boolean getMinimumLivingGuarantee() {
        return minimumLivingGuarantee;
    }

    public void setMinimumLivingGuarantee(Boolean minimumLivingGuarantee) {
        this.minimumLivingGuarantee = minimumLivingGuarantee;
    }

    public Boolean getNearPoverty() {
        return nearPoverty;
    }

    public void setNearPoverty(Boolean nearPoverty) {
        this.nearPoverty = nearPoverty;
    }

    public Boolean getExtremePoverty() {
        return extremePoverty;
    }

    public void setExtremePoverty(Boolean extremePoverty) {
        this.extremePoverty = extremePoverty;
    }
}
