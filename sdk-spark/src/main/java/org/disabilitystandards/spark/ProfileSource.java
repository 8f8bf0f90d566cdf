package org.disabilitystandards.spark;

import java.io.Serializable;
import org.disabilitystandards.validation.rule.Profile;

/**
 * Where the executors get the validation profile from: a serializable recipe, run once per executor, never
 * a profile shipped with each record. {@link #named} takes a bundled profile; a lambda or class of your own
 * can build a derived one ({@code () -> Profile.qinghai().toBuilder()...build()}), which must then be on the
 * executors' class path (in the job's jar).
 */
@FunctionalInterface
public interface ProfileSource extends Serializable {

    /**
     * Builds the profile, on an executor or on the driver.
     *
     * @return the profile
     */
    Profile load();

    /**
     * Returns a name for logs and for telling runs apart; by default the loaded profile's name.
     *
     * @return the name
     */
    default String describe() {
        return load().name();
    }

    /**
     * Takes a bundled profile by name (see {@link Profile#names()}).
     *
     * @param name for example {@code national} or {@code qinghai}
     * @return the source
     * @throws IllegalArgumentException if no bundled profile has that name (checked at once, on the driver)
     */
    static ProfileSource named(String name) {
        String checked = Profile.byName(name).name();
        return new ProfileSource() {
            private static final long serialVersionUID = 1L;

            @Override
            public Profile load() {
                return Profile.byName(checked);
            }

            @Override
            public String describe() {
                return checked;
            }
        };
    }
}
