package org.disabilitystandards.validation.report;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The message arguments of an issue as an immutable map over the rule's argument names and the positional
 * values, in the names' order: no hashing, no copy of the names (the rule's list is shared). Equal to any
 * {@link Map} with the same entries.
 */
final class IssueArguments extends AbstractMap<String, Object> {

    private final List<String> names;
    private final Object[] values;

    private IssueArguments(List<String> names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** Pairs names and values; the values array is taken over, not copied. */
    static Map<String, Object> of(List<String> names, Object[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException("arguments " + names + " take " + names.size() + " values, got "
                    + values.length);
        }
        if (values.length == 0) {
            return Map.of();
        }
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(names.get(i), "argument name");
            Objects.requireNonNull(values[i], "argument value");
        }
        return new IssueArguments(List.copyOf(names), values);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(key);
    }

    @Override
    public Object get(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names.get(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
