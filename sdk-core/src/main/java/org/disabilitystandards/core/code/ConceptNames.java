package org.disabilitystandards.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The bundled name table of the enumerated code systems ({@code code-names.properties}, UTF-8), loaded
 * once into an immutable map on first use.
 */
final class ConceptNames {

    private static final String RESOURCE = "code-names.properties";

    private ConceptNames() {
    }

    /** Lazily loaded, immutable after construction (holder idiom). */
    private static final class Holder {
        static final Map<String, String> NAMES = load();
    }

    static String name(Class<?> type, String constant, String language) {
        Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
        String name = Holder.NAMES.get(enumType.getSimpleName() + '.' + constant + '.' + language);
        if (name == null) {
            throw new IllegalStateException("code-names.properties lacks " + enumType.getSimpleName() + '.'
                    + constant + '.' + language);
        }
        return name;
    }

    private static Map<String, String> load() {
        try (InputStream in = ConceptNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, String> copy = Map.copyOf((Map) properties);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
