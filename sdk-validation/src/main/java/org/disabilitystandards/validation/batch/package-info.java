/**
 * Validation of whole exchange files and row sources: {@link
 * org.disabilitystandards.validation.batch.ExchangeFileValidator} reads JSON Lines, CSV, or any {@link
 * org.disabilitystandards.validation.batch.RowSource}, validates records on worker threads in input order,
 * detects duplicate record ids and persons within bounded memory, and reports every issue and a {@link
 * org.disabilitystandards.validation.batch.BatchSummary} whose counts add up to the lines read.
 */
package org.disabilitystandards.validation.batch;
