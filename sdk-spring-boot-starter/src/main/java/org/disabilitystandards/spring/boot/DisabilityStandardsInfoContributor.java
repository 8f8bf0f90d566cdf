package org.disabilitystandards.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.grading.Gb26341Grading;
import org.disabilitystandards.spring.boot.internal.TableEditions;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code disabilityStandards} to the actuator's {@code info} endpoint: the SDK version, the profile in
 * force and the edition of every table (code systems, divisions, rule catalogue, grading thresholds, each
 * crosswalk, benefit equivalences, indicator targets), so that operations can see which rules a running
 * system applies.
 */
public final class DisabilityStandardsInfoContributor implements InfoContributor {

    private final Map<String, Object> details;

    /**
     * Creates the contributor from the application's SDK objects.
     *
     * @param validator the record validator
     * @param grading   the grading
     * @param converter the converter
     */
    public DisabilityStandardsInfoContributor(RecordValidator validator, Gb26341Grading grading,
            GradeConverter converter) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", TableEditions.sdkVersion());
        map.put("profile", validator.profile().name());
        map.put("tables", TableEditions.editions(validator.profile().catalogue(), grading, converter));
        this.details = Map.copyOf(map);
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("version", details.get("version"));
        ordered.put("profile", details.get("profile"));
        ordered.put("tables", details.get("tables"));
        builder.withDetail("disabilityStandards", ordered);
    }
}
