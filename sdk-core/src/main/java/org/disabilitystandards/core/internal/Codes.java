package org.disabilitystandards.core.internal;

import java.util.Optional;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.code.UnknownCodeException;

/**
 * Lookups shared by the enumerated code systems: by code, by number, by enum name and by display name.
 * Every lookup either finds a concept or answers with an empty {@link Optional}; the {@code get}
 * variants throw {@link UnknownCodeException}.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * Finds the constant whose {@link CodedConcept#code()} equals {@code code}.
     *
     * @param values the constants of the code system
     * @param code   the code to look for
     * @param <T>    the enum type
     * @return the constant, or empty
     */
    public static <T extends Enum<T> & CodedConcept> Optional<T> findByCode(T[] values, String code) {
        for (T value : values) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the constant whose enum name, Chinese name or English name equals {@code name}
     * (English and enum names ignore case).
     *
     * @param values the constants of the code system
     * @param name   the name to look for
     * @param <T>    the enum type
     * @return the constant, or empty
     */
    public static <T extends Enum<T> & CodedConcept> Optional<T> findByName(T[] values, String name) {
        for (T value : values) {
            if (value.name().equalsIgnoreCase(name) || value.nameZh().equals(name)
                    || value.nameEn().equalsIgnoreCase(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the constant with the code, or throws.
     *
     * @param values the constants of the code system
     * @param code   the code
     * @param <T>    the enum type
     * @return the constant
     * @throws UnknownCodeException if no constant has the code
     */
    public static <T extends Enum<T> & CodedConcept> T getByCode(T[] values, String code) {
        return findByCode(values, code).orElseThrow(() -> new UnknownCodeException(values[0].codeSystem(), code));
    }

    /**
     * Returns the constant with the name (enum name, Chinese or English), or throws.
     *
     * @param values the constants of the code system
     * @param name   the name
     * @param <T>    the enum type
     * @return the constant
     * @throws UnknownCodeException if no constant has the name
     */
    public static <T extends Enum<T> & CodedConcept> T getByName(T[] values, String name) {
        return findByName(values, name).orElseThrow(() -> new UnknownCodeException(values[0].codeSystem(), name));
    }

    /**
     * Returns the constant of a numbered scale (grades, levels) whose number is {@code number}, where the
     * constants are declared in order starting at {@code first}.
     *
     * @param values the constants, in numeric order
     * @param first  the number of the first constant (0 or 1)
     * @param number the number asked for
     * @param <T>    the enum type
     * @return the constant
     * @throws UnknownCodeException if the number is outside the scale
     */
    public static <T extends Enum<T> & CodedConcept> T byNumber(T[] values, int first, int number) {
        int index = number - first;
        if (index < 0 || index >= values.length) {
            throw new UnknownCodeException(values[0].codeSystem(), number);
        }
        return values[index];
    }
}
