package org.disabilitystandards.core.code;

import org.disabilitystandards.core.internal.table.PropertiesTable;
import org.disabilitystandards.core.internal.table.TableLoader;

/**
 * The name tables of the enumerated code systems: each enum's display names live in the
 * {@code code-names.properties} (UTF-8) of its own package, as {@code <EnumType>.<CONSTANT>.<language>}.
 * A table is read once per enum type, on first use, into an immutable map (held by a {@link ClassValue},
 * the JDK's per-class cache). A missing name is a {@link org.disabilitystandards.core.table.TableException}.
 */
final class ConceptNames {

    private static final String RESOURCE = "code-names.properties";

    private static final ClassValue<PropertiesTable> TABLES = new ClassValue<>() {
        @Override
        protected PropertiesTable computeValue(Class<?> enumType) {
            return TableLoader.bundledProperties(enumType, RESOURCE);
        }
    };

    private ConceptNames() {
    }

    static String name(Class<?> type, String constant, String language) {
        Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
        String key = enumType.getSimpleName() + '.' + constant + '.' + language;
        return TABLES.get(enumType).require(key);
    }
}
