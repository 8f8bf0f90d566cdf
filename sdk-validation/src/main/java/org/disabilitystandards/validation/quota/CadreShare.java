package org.disabilitystandards.validation.quota;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share of disabled people among the cadres of a disabled persons' federation organ, against the plan's
 * 专栏5 item 1 (at least 15 %, inclusive). Each disabled cadre counts once, as a person, if their certificate
 * counts toward the employment quota (any civil certificate; military grades 1-8): the plan speaks of
 * 残疾人, and the quota rules are the sourced definition of who counts as one at work.
 *
 * @param cadres              the cadre count
 * @param disabledCadres      the disabled cadres who count
 * @param sharePercent        the share in percent, rounded half-up to two decimals for display
 * @param minimumSharePercent the plan's minimum share in percent
 * @param applies             whether the target covers the organ (county level and above)
 * @param met                 whether the share reaches the minimum, compared exactly
 *                            ({@code disabledCadres * 100 >= minimumSharePercent * cadres})
 */
public record CadreShare(int cadres, int disabledCadres, BigDecimal sharePercent, BigDecimal minimumSharePercent,
        boolean applies, boolean met) {

    /**
     * Checks the components.
     *
     * @param cadres              the cadre count
     * @param disabledCadres      the disabled cadres who count
     * @param sharePercent        the share in percent
     * @param minimumSharePercent the minimum share in percent
     * @param applies             whether the target covers the organ
     * @param met                 whether the share reaches the minimum
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public CadreShare {
        Objects.requireNonNull(sharePercent, "sharePercent");
        Objects.requireNonNull(minimumSharePercent, "minimumSharePercent");
        if (cadres < 1 || disabledCadres < 0 || disabledCadres > cadres) {
            throw new IllegalArgumentException("need 0 <= disabledCadres <= cadres and cadres >= 1");
        }
    }
}
