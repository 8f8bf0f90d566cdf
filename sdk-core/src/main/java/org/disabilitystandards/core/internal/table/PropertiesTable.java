package org.disabilitystandards.core.internal.table;

import java.util.Map;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * A properties table (key to text) read by {@link TableLoader#bundledProperties}, with its name and edition for
 * the error raised when a key is missing.
 *
 * @param table   the table's name
 * @param edition the edition from its {@code # Edition:} comment, or {@code null}
 * @param entries the entries, immutable
 */
public record PropertiesTable(String table, String edition, Map<String, String> entries) {

    /**
     * Creates the table.
     *
     * @param table   the table's name
     * @param edition the edition, or {@code null}
     * @param entries the entries (copied)
     */
    public PropertiesTable {
        entries = Map.copyOf(entries);
    }

    /**
     * Returns the value of a key that must be present.
     *
     * @param key the key
     * @return the value
     * @throws TableException if the key is missing
     */
    public String require(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new TableException(table, edition, key, 0, Reason.MISSING_FIELD, "missing key " + key, null);
        }
        return value;
    }
}
