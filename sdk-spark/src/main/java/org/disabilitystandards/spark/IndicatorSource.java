package org.disabilitystandards.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.disabilitystandards.validation.indicator.IndicatorProfile;

/**
 * Where the executors get the indicator profile (the plan's indicator definitions) from: a bundled one by
 * name or a JSON resource on the class path in the format of {@link IndicatorProfile#load}. A serializable
 * recipe, run once per executor.
 */
@FunctionalInterface
public interface IndicatorSource extends Serializable {

    /**
     * Loads the indicator profile.
     *
     * @return the profile
     * @throws UncheckedIOException if a resource cannot be read
     */
    IndicatorProfile load();

    /**
     * Takes a bundled indicator profile by name.
     *
     * @param name for example {@code qinghai}
     * @return the source
     * @throws IllegalArgumentException if no bundled indicator profile has that name (checked at once)
     */
    static IndicatorSource named(String name) {
        String checked = IndicatorProfile.byName(name).name();
        return () -> IndicatorProfile.byName(checked);
    }

    /**
     * Reads an indicator profile from a class-path resource, such as one packed into the job's jar.
     *
     * @param resource the absolute resource name, for example {@code /plans/xining.json}
     * @return the source
     * @throws IllegalArgumentException if the resource is missing (checked at once, on the driver)
     */
    static IndicatorSource resource(String resource) {
        if (IndicatorSource.class.getResource(resource) == null) {
            throw new IllegalArgumentException("no class-path resource " + resource);
        }
        return () -> {
            try (InputStream in = IndicatorSource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("no class-path resource " + resource));
                }
                return IndicatorProfile.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
