/**
 * Implementation helpers of the reports (label bundles, the documentation export of the rule catalogue); not
 * API: these types may change or disappear in any release.
 */
package org.disabilitystandards.report.internal;
