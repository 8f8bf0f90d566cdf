package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Employment of the exchange format as an annotated JavaBean. */
final class EmploymentBean {

    @NotNull @Pattern(regexp = "EMPLOYED|SELF_EMPLOYED|FLEXIBLE|AUXILIARY|PUBLIC_WELFARE_POST|UNEMPLOYED|NOT_IN_LABOUR_FORCE")
    private String status;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
