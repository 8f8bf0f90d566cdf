/**
 * QuickTheories generators of synthetic test data: valid and deliberately invalid resident ID numbers
 * (GB 11643-1999) and disability certificate numbers ({@link org.disabilitystandards.testkit.generators.IdentifierGenerators}),
 * codes of every code system and real GB/T 2260 county codes ({@link org.disabilitystandards.testkit.generators.CodeGenerators}),
 * and whole person records that a profile's validator accepts without an ERROR
 * ({@link org.disabilitystandards.testkit.generators.RecordGenerators}). All data is synthetic; generated
 * identifiers have correct check characters unless a generator is meant to break them.
 */
package org.disabilitystandards.testkit.generators;
