package org.disabilitystandards.core.json;

import java.util.HashMap;
import java.util.Map;
import org.disabilitystandards.core.code.CodedConcept;

/**
 * Lookup of an enumerated code system by the constant names the exchange format writes ({@code HEARING});
 * built once per code system, immutable.
 *
 * @param <E> the enum type
 */
final class CodeTable<E extends Enum<E> & CodedConcept> {

    private final Map<String, E> byName;
    private final String detail;

    CodeTable(E[] values) {
        Map<String, E> map = new HashMap<>(values.length * 2);
        for (E value : values) {
            map.put(value.name(), value);
        }
        this.byName = Map.copyOf(map);
        this.detail = "not a code of " + values[0].codeSystem().id() + " (" + values[0].codeSystem().edition() + ")";
    }

    /** Returns the constant with the name, or null. */
    E find(String name) {
        return byName.get(name);
    }

    /** Returns the problem detail for an undefined code (never the rejected text itself). */
    String unknownDetail() {
        return detail;
    }
}
