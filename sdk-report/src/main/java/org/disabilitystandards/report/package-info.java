/**
 * Presentation of the SDK's results, in one place: the self-contained HTML indicator report
 * ({@link org.disabilitystandards.report.IndicatorHtmlRenderer}) and the JSON renderings of indicator reports,
 * grading results, quota results and batch-validation summaries, which the {@code dsds} command line prints.
 * Labels come from message bundles in Chinese and English, never from string literals. Every rendering holds
 * counts, codes and rule messages only, never personal data.
 */
package org.disabilitystandards.report;
