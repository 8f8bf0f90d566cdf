package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** The disability certificate of the exchange format as an annotated JavaBean. */
final class CertificateBean {

    @NotNull @Pattern(regexp = "\\d{17}[\\dX][1-7][1-4](B[1-9])?")
    private String number;

    @NotNull @Pattern(regexp = "VISUAL|HEARING|SPEECH|PHYSICAL|INTELLECTUAL|MENTAL|MULTIPLE")
    private String category;

    @NotNull @Min(1) @Max(4)
    private Integer grade;

    @NotNull @PastOrPresent
    private LocalDate issuedOn;

    private LocalDate validUntil;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
