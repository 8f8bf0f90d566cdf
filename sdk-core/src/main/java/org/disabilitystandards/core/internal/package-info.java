/**
 * Helpers of the SDK's own modules: not an API, no compatibility promise. The module descriptor exports this
 * package only to the SDK modules that use it, and the Javadoc leaves it out.
 */
package org.disabilitystandards.core.internal;
