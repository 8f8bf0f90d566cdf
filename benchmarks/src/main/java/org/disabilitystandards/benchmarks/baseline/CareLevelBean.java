package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A long-term-care level of the exchange format as an annotated JavaBean. */
final class CareLevelBean {

    @NotNull @Min(0) @Max(5)
    private Integer level;

    @PastOrPresent
    private LocalDate assessedOn;

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }
}
