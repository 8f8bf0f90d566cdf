package org.disabilitystandards.core.code;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The name tables of the enumerated code systems: each enum's display names live in the
 * {@code code-names.properties} (UTF-8) of its own package, as {@code <EnumType>.<CONSTANT>.<language>}.
 * A table is read once per enum type, on first use, into an immutable map (held by a {@link ClassValue},
 * the JDK's per-class cache).
 */
final class ConceptNames {

    private static final String RESOURCE = "code-names.properties";

    private static final ClassValue<Map<String, String>> TABLES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> enumType) {
            return BundledTables.read(enumType, RESOURCE, in -> {
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                @SuppressWarnings({"unchecked", "rawtypes"})
                Map<String, String> copy = Map.copyOf((Map) properties);
                return copy;
            });
        }
    };

    private ConceptNames() {
    }

    static String name(Class<?> type, String constant, String language) {
        Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
        String key = enumType.getSimpleName() + '.' + constant + '.' + language;
        String name = TABLES.get(enumType).get(key);
        if (name == null) {
            throw new IllegalStateException(RESOURCE + " of " + enumType.getPackageName() + " lacks " + key);
        }
        return name;
    }
}
