/**
 * Results of validation: {@link org.disabilitystandards.validation.report.Issue} (rule id, severity, path,
 * line, record id, arguments, source and edition), {@link org.disabilitystandards.validation.report.Severity},
 * {@link org.disabilitystandards.validation.report.ValidationReport}, the streaming
 * {@link org.disabilitystandards.validation.report.IssueSink} and the
 * {@link org.disabilitystandards.validation.report.MessageRenderer} that renders messages late, in zh-CN or
 * en, from resource bundles.
 */
package org.disabilitystandards.validation.report;
