package org.disabilitystandards.core.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;

/**
 * One object of exchange format version 1 (the person record, the certificate, an assessment ...): its
 * fields in order, a field's position being its bit in the readers' "seen" masks, how to start and finish
 * its model builder, and the few rules that tie fields of the object together. Immutable.
 *
 * @param <B> the model's builder
 * @param <T> the model type
 */
public final class Shape<B, T> {

    /** The most fields an object may have: one bit each in a {@code long}. */
    public static final int MAX_FIELDS = Long.SIZE;

    private final String name;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Field<B>[] fields;
    private final byte[][] nameBytes;
    private final long requiredMask;
    private final List<Condition<T>> conditions;
    private final Condition<T>[] conditionArray;

    private Shape(String name, String description, Supplier<B> newBuilder, Function<B, T> build, Field<B>[] fields,
            List<Condition<T>> conditions) {
        if (fields.length > MAX_FIELDS) {
            throw new IllegalArgumentException(name + " has more than " + MAX_FIELDS + " fields");
        }
        this.name = name;
        this.description = description;
        this.newBuilder = newBuilder;
        this.build = build;
        this.fields = fields;
        this.nameBytes = new byte[fields.length][];
        long mask = 0;
        for (int i = 0; i < fields.length; i++) {
            mask |= fields[i].required() ? 1L << i : 0;
            nameBytes[i] = fields[i].name().getBytes(StandardCharsets.UTF_8);
            for (int j = 0; j < i; j++) {
                if (fields[j].name().equals(fields[i].name())) {
                    throw new IllegalArgumentException(name + " names field " + fields[i].name() + " twice");
                }
            }
        }
        this.requiredMask = mask;
        this.conditions = List.copyOf(conditions);
        @SuppressWarnings("unchecked")
        Condition<T>[] array = this.conditions.toArray(new Condition[0]);
        this.conditionArray = array;
    }

    /**
     * Declares an object.
     *
     * @param <B>         the model's builder
     * @param <T>         the model type
     * @param name        the object's name in the schema and the docs ({@code Certificate})
     * @param description what the object holds
     * @param newBuilder  starts a builder
     * @param build       builds the model once the required fields are set
     * @param fields      the fields, in the order of the format
     * @return the object
     */
    @SafeVarargs
    public static <B, T> Shape<B, T> of(String name, String description, Supplier<B> newBuilder, Function<B, T> build,
            Field<B>... fields) {
        return new Shape<>(name, description, newBuilder, build, fields.clone(), List.of());
    }

    /**
     * Returns this object with a field that is required when another field holds one of some codes
     * (a service item's edition when its system is an assistive-product catalogue).
     *
     * @param field       the conditionally required field
     * @param controlling the code field it depends on
     * @param codes       the codes of {@code controlling} that require {@code field}
     * @param value       reads the controlling code from a built object
     * @param present     whether a built object holds {@code field}
     * @return the object
     */
    public Shape<B, T> requiring(String field, String controlling, List<? extends CodedConcept> codes,
            Function<T, ?> value, Predicate<T> present) {
        List<Condition<T>> more = new ArrayList<>(conditions);
        Predicate<T> violated = object -> codes.contains(value.apply(object)) && !present.test(object);
        more.add(new Condition<>(indexOf(field), ReadProblem.Kind.MISSING_FIELD, null, violated, controlling,
                List.copyOf(codes)));
        return new Shape<>(name, description, newBuilder, build, fields, more);
    }

    /**
     * Returns this object with a rule between its fields that drops it when broken (a period that ends
     * before it starts).
     *
     * @param field    the field the problem is reported on
     * @param kind     the problem's kind
     * @param reason   the problem's reason (without arguments)
     * @param violated whether a built object breaks the rule
     * @return the object
     */
    public Shape<B, T> rejecting(String field, ReadProblem.Kind kind, FormatReason reason, Predicate<T> violated) {
        List<Condition<T>> more = new ArrayList<>(conditions);
        more.add(new Condition<>(indexOf(field), kind, reason, violated, null, List.of()));
        return new Shape<>(name, description, newBuilder, build, fields, more);
    }

    /**
     * A rule between fields of one built object.
     *
     * @param <T>         the model type
     * @param field       the index of the field the problem is reported on
     * @param kind        the problem's kind
     * @param reason      the reason, or null for a conditionally required field (absent or null)
     * @param violated    whether a built object breaks the rule
     * @param controlling for a conditionally required field: the code field it depends on, else null
     * @param codes       for a conditionally required field: the codes that require it
     */
    public record Condition<T>(int field, ReadProblem.Kind kind, FormatReason reason, Predicate<T> violated,
            String controlling, List<CodedConcept> codes) {

        /**
         * Checks the rule.
         *
         * @param field       the field's index
         * @param kind        the kind
         * @param reason      the reason
         * @param violated    the test
         * @param controlling the controlling field
         * @param codes       the controlling codes
         */
        public Condition {
            Objects.requireNonNull(violated, "violated");
            codes = List.copyOf(codes);
        }
    }

    /**

     * Returns the object's name in the schema and the docs.

     *

     * @return the object's name in the schema and the docs

     */
    public String name() {
        return name;
    }

    /**

     * Returns what the object holds.

     *

     * @return what the object holds

     */
    public String description() {
        return description;
    }

    /**

     * Returns the number of fields.

     *

     * @return the number of fields

     */
    public int size() {
        return fields.length;
    }

    /**
     * Returns a field by position.
     *
     * @param index the position, 0-based
     * @return the field
     */
    public Field<B> field(int index) {
        return fields[index];
    }

    /**
     * Returns the JSON name of a field as UTF-8 bytes, for a scanner that matches names without decoding
     * them. The array is shared: callers must not change it.
     *
     * @param index the position, 0-based
     * @return the name's bytes
     */
    public byte[] nameBytes(int index) {
        return nameBytes[index];
    }

    /**

     * Returns the fields in order.

     *

     * @return the fields in order

     */
    public List<Field<B>> fields() {
        return Arrays.asList(fields.clone());
    }

    /**

     * Returns one bit per required field.

     *

     * @return one bit per required field

     */
    public long requiredMask() {
        return requiredMask;
    }

    /**

     * Returns the rules between fields.

     *

     * @return the rules between fields

     */
    public List<Condition<T>> conditions() {
        return conditions;
    }

    /**
     * Returns the position in {@link #conditions()} of the first rule between fields that a built object
     * breaks, or -1 if it breaks none (a loop over an array: readers call it for every object they build).
     *
     * @param model the built object
     * @return the condition's position, or -1
     */
    public int firstViolated(T model) {
        for (int i = 0; i < conditionArray.length; i++) {
            if (conditionArray[i].violated().test(model)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the position of a field. Jackson interns field names, so an identity comparison finds them;
     * {@code equals} covers a parser that does not.
     *
     * @param field the JSON name
     * @return the position, or -1 if the object has no such field
     */
    public int indexOf(String field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name() == field) {
                return i;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public B newBuilder() {
        return newBuilder.get();
    }

    /**
     * Builds the model; every required field must have been set.
     *
     * @param builder the builder
     * @return the model
     */
    public T build(B builder) {
        return build.apply(builder);
    }

    @Override
    public String toString() {
        return "Shape[" + name + ", " + fields.length + " fields]";
    }
}
