package org.disabilitystandards.validation.indicator;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;

/**
 * One indicator of a profile, as loaded from the profile's JSON resource: its row number in the plan,
 * names, target and comparison, whether it is binding (约束性) or expected (预期性), and the benefit,
 * needs, services and time window its computation uses.
 *
 * @param id          what is computed
 * @param number      the row number in the plan ({@code "4"}, or {@code "专栏6"})
 * @param kind        rate, count or not measured
 * @param groupZh     the plan's category (类别), Chinese
 * @param groupEn     the category, English
 * @param nameZh      the indicator's name in the plan
 * @param nameEn      the name in English
 * @param unit        the unit of a count, such as {@code 人 persons}
 * @param target      the 2025 target: a fraction for rates, a number for counts; empty if not measured
 * @param targetText  the target in words, where it is not a number (indicator 1)
 * @param comparison  how the value is compared with the target; empty if not measured
 * @param binding     true for binding (约束性), false for expected (预期性)
 * @param benefit     the benefit whose active period is counted (indicators 3-5)
 * @param needs       the needs that put a holder in the denominator (indicators 9-10)
 * @param services    the services counted
 * @param window      the period in which services count
 * @param programmes  the service programmes whose coded services also count (exchange format 1.1;
 *                    indicators 9-11)
 */
public record IndicatorDefinition(IndicatorId id, String number, IndicatorKind kind, String groupZh, String groupEn,
        String nameZh, String nameEn, Optional<String> unit, OptionalDouble target, Optional<String> targetText,
        Optional<Comparison> comparison, boolean binding, Optional<BenefitType> benefit, Set<ServiceType> needs,
        Set<ServiceType> services, Optional<TimeWindow> window, Set<ServiceProgramme> programmes) {

    /**
     * Checks and copies the components.
     *
     * @param id see the record component
     * @param number see the record component
     * @param kind see the record component
     * @param groupZh see the record component
     * @param groupEn see the record component
     * @param nameZh see the record component
     * @param nameEn see the record component
     * @param unit see the record component
     * @param target see the record component
     * @param targetText see the record component
     * @param comparison see the record component
     * @param binding see the record component
     * @param benefit see the record component
     * @param needs see the record component
     * @param services see the record component
     * @param window see the record component
     * @param programmes see the record component
     */
    public IndicatorDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(number);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(groupZh);
        Objects.requireNonNull(groupEn);
        Objects.requireNonNull(nameZh);
        Objects.requireNonNull(nameEn);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(target);
        Objects.requireNonNull(targetText);
        Objects.requireNonNull(comparison);
        Objects.requireNonNull(benefit);
        needs = Set.copyOf(needs);
        services = Set.copyOf(services);
        Objects.requireNonNull(window);
        programmes = Set.copyOf(programmes);
    }

    /**
     * Creates a definition that counts services by type only (the form before exchange format 1.1).
     *
     * @param id see the record component
     * @param number see the record component
     * @param kind see the record component
     * @param groupZh see the record component
     * @param groupEn see the record component
     * @param nameZh see the record component
     * @param nameEn see the record component
     * @param unit see the record component
     * @param target see the record component
     * @param targetText see the record component
     * @param comparison see the record component
     * @param binding see the record component
     * @param benefit see the record component
     * @param needs see the record component
     * @param services see the record component
     * @param window see the record component
     */
    public IndicatorDefinition(IndicatorId id, String number, IndicatorKind kind, String groupZh, String groupEn,
            String nameZh, String nameEn, Optional<String> unit, OptionalDouble target, Optional<String> targetText,
            Optional<Comparison> comparison, boolean binding, Optional<BenefitType> benefit, Set<ServiceType> needs,
            Set<ServiceType> services, Optional<TimeWindow> window) {
        this(id, number, kind, groupZh, groupEn, nameZh, nameEn, unit, target, targetText, comparison, binding,
                benefit, needs, services, window, Set.of());
    }
}
