/**
 * Implementation helpers of the SDK shared by several of its packages (character and calendar kernels). Not
 * API: may change in any release and is excluded from the published Javadoc.
 */
package org.disabilitystandards.core.internal;
