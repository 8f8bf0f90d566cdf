/**
 * The rule engine: {@link org.disabilitystandards.validation.rule.Rule} metadata and the
 * {@link org.disabilitystandards.validation.rule.RuleCatalogue} (versioned resource {@code rules.json}),
 * {@link org.disabilitystandards.validation.rule.Profile}s {@code national} and {@code qinghai} with their
 * {@link org.disabilitystandards.validation.rule.ProfileParameters} (resource {@code profiles.json}), the
 * thread-safe {@link org.disabilitystandards.validation.rule.RecordValidator}, and the rule logic in one
 * package-private class per domain (identity, region, certificate, assessment, service disability,
 * benefits, education, eligibility; format problems come from the reader and are mapped here).
 */
package org.disabilitystandards.validation.rule;
