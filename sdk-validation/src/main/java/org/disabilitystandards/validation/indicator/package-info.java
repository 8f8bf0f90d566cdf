/**
 * The indicators of the Qinghai 14th five-year plan for disabled persons (专栏1, and the county share of
 * 专栏6 item 3), computed from exchange records in one streaming pass, with their targets as versioned
 * profile data and per-prefecture breakdowns. The JSON form and the self-contained HTML report with inline SVG
 * charts are in module {@code sdk-report} ({@code org.disabilitystandards.report}).
 *
 * <p>Start with {@link org.disabilitystandards.validation.indicator.IndicatorCalculator}.
 */
package org.disabilitystandards.validation.indicator;
