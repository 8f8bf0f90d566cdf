/**
 * Conversions between the national GB/T 26341-2010 grades and other grade scales (work injury, military and
 * police, care dependency) through versioned reference crosswalks, benefit equivalences between certificate
 * kinds, and the translation of codes between code systems. Every result names its source table, edition and
 * relationship ({@link org.disabilitystandards.core.convert.Provenance}); a table that cannot be used fails
 * with an error naming its row.
 */
package org.disabilitystandards.core.convert;
