/**
 * The code systems of the exchange format as enums: disability category and grade (GB/T 26341-2010), sex
 * (GB/T 2261.1), the administrative divisions of GB/T 2260 with their editions, and the service, benefit,
 * education, employment and assistive-product codes. Every constant has its code and its zh-CN and en
 * display names (from the {@code code-names.properties} of its package); lookups answer with an
 * {@link java.util.Optional} or a typed {@link org.disabilitystandards.core.code.UnknownCodeException}.
 */
package org.disabilitystandards.core.code;
