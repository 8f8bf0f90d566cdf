/**
 * Test kit for embedders of the DisabilityStandards SDK: {@link org.disabilitystandards.testkit.ValidationAssertions}
 * (AssertJ-style assertions over validation reports and issues), the conformance suite of golden cases per
 * rule id ({@link org.disabilitystandards.testkit.conformance}) and QuickTheories generators of identifiers,
 * codes and whole person records ({@link org.disabilitystandards.testkit.generators}).
 *
 * <p>Failure messages name rule ids, severities, field paths and line numbers, never a record, an ID number
 * or a name.
 */
package org.disabilitystandards.testkit;
