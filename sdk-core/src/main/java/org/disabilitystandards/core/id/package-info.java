/**
 * Typed identifiers: the resident ID number of GB 11643-1999 (ISO 7064 MOD 11-2 check character), the
 * second-generation disability certificate number, and the other GB 11643-shaped numbers (residence permits
 * of Hong Kong, Macao and Taiwan residents, the 2023 foreigner's permanent residence ID card). Parsing is
 * strict or lenient, never echoes the number in an exception ({@link
 * org.disabilitystandards.core.id.InvalidIdentifierException} names only the reason), and {@code toString}
 * shows the masked form.
 */
package org.disabilitystandards.core.id;
