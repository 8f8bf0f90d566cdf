package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A work-injury grade of the exchange format as an annotated JavaBean. */
final class WorkInjuryBean {

    @NotNull @Min(1) @Max(10)
    private Integer grade;

    @PastOrPresent
    private LocalDate assessedOn;

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }
}
