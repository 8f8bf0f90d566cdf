package org.disabilitystandards.benchmarks.baseline;



/** Insurance enrolment of the exchange format as a JavaBean. */
final class InsuranceBean {

    private Boolean pension;

    private Boolean medical;

    public Boolean getPension() {
        return pension;
    }

    public void setPension(Boolean pension) {
        this.pension = pension;
    }

    public Boolean getMedical() {
        return medical;
    }

    public void setMedical(Boolean medical) {
        this.medical = medical;
    }
}
