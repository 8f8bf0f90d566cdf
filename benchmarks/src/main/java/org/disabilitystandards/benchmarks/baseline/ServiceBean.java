package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A service received, of the exchange format, as an annotated JavaBean. */
final class ServiceBean {

    /** The service type codes of the exchange format. */
    static final String TYPES = "REHABILITATION|ASSISTIVE_DEVICE_FITTING|CHILD_REHABILITATION|CARE_SERVICE|DAY_CARE|HOME_VISIT"
            + "|ACCESSIBILITY_RETROFIT|VOCATIONAL_TRAINING|EMPLOYMENT_SERVICE|EDUCATION_SUPPORT|LEGAL_AID|CULTURE_SPORTS"
            + "|MENTAL_COMMUNITY_REHABILITATION";

    @NotNull @Pattern(regexp = TYPES)
    private String type;

    @NotNull @PastOrPresent
    private LocalDate date;

    @Size(min = 1, max = 64)
    private String providerId;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }
}
