/**
 * The conformance suite: golden cases per rule id of the rule catalogue, kept as data in the versioned
 * JSON Lines resource {@code golden-cases.jsonl}, and a runner that checks any system (the SDK's own
 * validator, an embedder's import service, a port to another language) against them.
 *
 * <p>Each case names one rule id and says whether its input breaks that rule ("breaks") or comes close
 * without breaking it ("holds"); it lists the profiles it applies to, the as-of date, optional profile
 * parameter overrides, its input lines (one exchange-format record, or raw lines for read problems and
 * file-level rules) and the exact set of rule ids a conforming system reports.
 */
package org.disabilitystandards.testkit.conformance;
