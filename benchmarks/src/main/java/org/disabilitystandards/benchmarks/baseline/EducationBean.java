package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.Pattern;

/** Education of the exchange format as an annotated JavaBean. */
final class EducationBean {

    private Boolean enrolled;

    @Pattern(regexp = "PRESCHOOL|PRIMARY|JUNIOR_SECONDARY|SENIOR_SECONDARY|VOCATIONAL|HIGHER")
    private String stage;

    public Boolean getEnrolled() {
        return enrolled;
    }

    public void setEnrolled(Boolean enrolled) {
        this.enrolled = enrolled;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }
}
