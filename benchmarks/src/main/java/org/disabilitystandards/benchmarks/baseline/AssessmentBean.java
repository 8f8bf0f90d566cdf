package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** One assessment of the exchange format as an annotated JavaBean. */
final class AssessmentBean {

    @NotNull @Pattern(regexp = "VISUAL|HEARING|SPEECH|PHYSICAL|INTELLECTUAL|MENTAL")
    private String category;

    @NotNull @PastOrPresent
    private LocalDate assessedOn;

    @Min(1) @Max(4)
    private Integer grade;

    @Valid
    private MeasurementsBean measurements;

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public MeasurementsBean getMeasurements() {
        return measurements;
    }

    public void setMeasurements(MeasurementsBean measurements) {
        this.measurements = measurements;
    }
}
