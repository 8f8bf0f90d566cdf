package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.YearMonth;

/** A benefit of the exchange format as an annotated JavaBean. */
final class BenefitBean {

    @NotNull @Pattern(regexp = "LIVING_ALLOWANCE|CARE_ALLOWANCE|MINIMUM_LIVING_GUARANTEE|CHILD_REHABILITATION_AID|ASSISTIVE_DEVICE_SUBSIDY|INFORMATION_FEE_DISCOUNT")
    private String type;

    @NotNull
    private YearMonth from;

    private YearMonth to;

    @PositiveOrZero
    private Long amountFen;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public Long getAmountFen() {
        return amountFen;
    }

    public void setAmountFen(Long amountFen) {
        this.amountFen = amountFen;
    }
}
