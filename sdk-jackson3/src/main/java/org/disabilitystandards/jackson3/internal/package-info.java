/** Helpers of the Jackson 3 module: not an API, not exported by the module. */
package org.disabilitystandards.jackson3.internal;
