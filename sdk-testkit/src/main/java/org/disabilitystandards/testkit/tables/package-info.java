/**
 * Synthetic exchange records laid out like the disability federation's county templates (Chinese headers,
 * Chinese names for codes), each with its JSON Lines twin, for testing workbook and database readers
 * against the JSON Lines reader (exchange format version 1).
 */
package org.disabilitystandards.testkit.tables;
