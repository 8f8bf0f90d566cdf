/**
 * The indicators of the Qinghai 14th five-year plan for disabled persons (专栏1, and the county share of
 * 专栏6 item 3), computed from exchange records in one streaming pass, with their targets as versioned
 * profile data, per-prefecture breakdowns, and a self-contained HTML report with inline SVG charts.
 *
 * <p>Start with {@link org.disabilitystandards.validation.indicator.IndicatorCalculator}.
 */
package org.disabilitystandards.validation.indicator;
