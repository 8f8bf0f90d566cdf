/**
 * Versioned data tables: {@link org.disabilitystandards.core.table.TableException}, the one error every table
 * of the SDK raises when it cannot be loaded, whether bundled (division codes, GB/T 26341 thresholds,
 * crosswalks, rules, profiles, indicator profiles) or supplied by an embedder (custom profiles, crosswalks,
 * assistive-product catalogues). It names the table, its edition and the row, as libphonenumber's metadata
 * loader names the region whose metadata is broken.
 */
package org.disabilitystandards.core.table;
