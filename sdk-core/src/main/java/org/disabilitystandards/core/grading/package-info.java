/**
 * GB/T 26341-2010 grading: {@link org.disabilitystandards.core.grading.Gb26341Grading} grades an
 * assessment's measurements per category and age, with the unsettled points of the standard as
 * {@link org.disabilitystandards.core.grading.GradingParameters}; results are
 * {@link org.disabilitystandards.core.grading.GradingResult} with
 * {@link org.disabilitystandards.core.grading.GradingFinding} issues carrying {@code ASSESS.*} rule ids.
 * Thresholds are data: the bundled resource {@code gbt26341-2010-thresholds.json} (id, version, basis).
 */
package org.disabilitystandards.core.grading;
