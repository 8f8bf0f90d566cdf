/**
 * The employment quota of an employer (按比例安排残疾人就业): the ratio of 《残疾人就业条例》 art. 8 (a profile
 * parameter, at least 1.5 %), counted with the sourced benefit equivalences of
 * {@link org.disabilitystandards.core.convert.BenefitEquivalences} (财税〔2015〕72号), and the targets of the
 * Qinghai 14th five-year plan's 专栏5 item 1 (at least one disabled employee in larger organs and public
 * institutions; 15 % disabled cadres in disabled persons' federation organs) as versioned data.
 *
 * <p>Start with {@link org.disabilitystandards.validation.quota.QuotaChecker}.
 */
package org.disabilitystandards.validation.quota;
