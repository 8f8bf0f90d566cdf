/**
 * JSON of the exchange format, version 1, on Jackson 3 ({@code tools.jackson}): the hardened mappers of
 * {@link org.disabilitystandards.jackson3.ExchangeJson3} and the codes, identifiers and model types of
 * {@link org.disabilitystandards.jackson3.DisabilityStandardsJackson3Module}, giving the same JSON as sdk-core's
 * Jackson 2 support.
 */
package org.disabilitystandards.jackson3;
