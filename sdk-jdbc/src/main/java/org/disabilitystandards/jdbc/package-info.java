/**
 * A database table or query as a {@link org.disabilitystandards.validation.batch.RowSource} of the exchange-file
 * validator, through {@code java.sql} only: forward-only, read-only, streamed with a fetch size; issues name the
 * row and column. Credentials are never printed.
 */
package org.disabilitystandards.jdbc;
