package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A military or police disability of the exchange format as an annotated JavaBean. */
final class ServiceDisabilityBean {

    @NotNull @Min(1) @Max(10)
    private Integer grade;

    @NotNull @Pattern(regexp = "COMBAT|DUTY|ILLNESS")
    private String nature;

    @Size(min = 1, max = 32)
    private String certificateNumber;

    @PastOrPresent
    private LocalDate issuedOn;

    @Pattern(regexp = "VISUAL|HEARING|SPEECH|PHYSICAL|INTELLECTUAL|MENTAL|MULTIPLE")
    private String impairedCategory;

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getImpairedCategory() {
        return impairedCategory;
    }

    public void setImpairedCategory(String impairedCategory) {
        this.impairedCategory = impairedCategory;
    }
}
