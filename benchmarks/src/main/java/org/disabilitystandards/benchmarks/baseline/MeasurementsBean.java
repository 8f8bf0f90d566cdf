package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** Assessment measurements of the exchange format as an annotated JavaBean. */
final class MeasurementsBean {

    @DecimalMin("0.0") @DecimalMax("2.0")
    private Double bestCorrectedAcuity;

    @DecimalMin("0") @DecimalMax("90")
    private Double visualFieldRadiusDegrees;

    @DecimalMin("0") @DecimalMax("130")
    private Double averageLossDbHl;

    @DecimalMin("0") @DecimalMax("100")
    private Double intelligibilityPercent;

    @Min(0) @Max(200)
    private Integer developmentalQuotient;

    @Min(0) @Max(200)
    private Integer iq;

    @Pattern(regexp = "EXTREME|SEVERE|MODERATE|MILD|NONE")
    private String adaptiveBehavior;

    @Min(36) @Max(180)
    private Integer whodasScore;

    private List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*") String> findings;

    public Double getBestCorrectedAcuity() {
        return bestCorrectedAcuity;
    }

    public void setBestCorrectedAcuity(Double bestCorrectedAcuity) {
        this.bestCorrectedAcuity = bestCorrectedAcuity;
    }

    public Double getVisualFieldRadiusDegrees() {
        return visualFieldRadiusDegrees;
    }

    public void setVisualFieldRadiusDegrees(Double visualFieldRadiusDegrees) {
        this.visualFieldRadiusDegrees = visualFieldRadiusDegrees;
    }

    public Double getAverageLossDbHl() {
        return averageLossDbHl;
    }

    public void setAverageLossDbHl(Double averageLossDbHl) {
        this.averageLossDbHl = averageLossDbHl;
    }

    public Double getIntelligibilityPercent() {
        return intelligibilityPercent;
    }

    public void setIntelligibilityPercent(Double intelligibilityPercent) {
        this.intelligibilityPercent = intelligibilityPercent;
    }

    public Integer getDevelopmentalQuotient() {
        return developmentalQuotient;
    }

    public void setDevelopmentalQuotient(Integer developmentalQuotient) {
        this.developmentalQuotient = developmentalQuotient;
    }

    public Integer getIq() {
        return iq;
    }

    public void setIq(Integer iq) {
        this.iq = iq;
    }

    public String getAdaptiveBehavior() {
        return adaptiveBehavior;
    }

    public void setAdaptiveBehavior(String adaptiveBehavior) {
        this.adaptiveBehavior = adaptiveBehavior;
    }

    public Integer getWhodasScore() {
        return whodasScore;
    }

    public void setWhodasScore(Integer whodasScore) {
        this.whodasScore = whodasScore;
    }

    public List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*") String> getFindings() {
        return findings;
    }

    public void setFindings(List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*") String> findings) {
        this.findings = findings;
    }
}
