/**
 * Implementation helpers shared by several packages and by the SDK's own modules (character and calendar
 * kernels, code lookups): not an API, no compatibility promise. The module descriptor exports this package only
 * to the SDK modules that use it, and the published Javadoc leaves it out.
 */
package org.disabilitystandards.core.internal;
