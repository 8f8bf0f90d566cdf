package org.disabilitystandards.core.internal.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.code.ScaleConcept;

/**
 * One row of the field table of exchange format version 1 (docs/exchange-format.md): a field of one object
 * of the format with its JSON name, kind, presence, limits, code system, CSV columns and the setter that
 * stores a value read into the model's builder, in the manner of iban4j's {@code BbanStructureEntry}. The
 * readers interpret every row with one generic loop; the JSON Schema and the documentation's field table
 * are generated from the rows. Immutable.
 *
 * @param <B> the builder of the object the field belongs to
 */
public final class Field<B> {

    private final String name;
    private final FieldKind kind;
    private final boolean required;
    private final int maxLength;
    private final CodeTable<?> codes;
    private final CodedConcept excluded;
    private final ScaleConcept[] scale;
    private final Shape<?, ?> shape;
    private final BiConsumer<B, Object> setter;
    private final ObjIntConsumer<B> intSetter;
    private final ObjDoubleConsumer<B> doubleSetter;
    private final ObjLongConsumer<B> longSetter;
    private final Double minimum;
    private final Double maximum;
    private final String csvHeader;
    private final List<String> chineseHeaders;
    private final boolean identifier;
    private final String since;
    private final String description;

    private Field(String name, FieldKind kind, boolean required, int maxLength, CodeTable<?> codes,
            CodedConcept excluded, ScaleConcept[] scale, Shape<?, ?> shape, BiConsumer<B, Object> setter,
            ObjIntConsumer<B> intSetter, ObjDoubleConsumer<B> doubleSetter, ObjLongConsumer<B> longSetter,
            Double minimum, Double maximum, String csvHeader, List<String> chineseHeaders, boolean identifier,
            String since, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
        this.codes = codes;
        this.excluded = excluded;
        this.scale = scale;
        this.shape = shape;
        this.setter = setter;
        this.intSetter = intSetter;
        this.doubleSetter = doubleSetter;
        this.longSetter = longSetter;
        this.minimum = minimum;
        this.maximum = maximum;
        this.csvHeader = csvHeader;
        this.chineseHeaders = chineseHeaders;
        this.identifier = identifier;
        this.since = since;
        this.description = description;
    }

    private static <B> Field<B> of(String name, FieldKind kind, boolean required, BiConsumer<B, ?> setter) {
        @SuppressWarnings("unchecked")
        BiConsumer<B, Object> untyped = (BiConsumer<B, Object>) setter;
        return new Field<>(name, kind, required, 0, null, null, null, null, untyped, null, null, null, null, null,
                null, List.of(), false, "1.0", "");
    }

    private Field<B> copy(int newMaxLength, CodeTable<?> newCodes, CodedConcept newExcluded, ScaleConcept[] newScale,
            Shape<?, ?> newShape, Double newMinimum, Double newMaximum, String newCsvHeader,
            List<String> newChineseHeaders, boolean newIdentifier, String newSince, String newDescription) {
        return new Field<>(name, kind, required, newMaxLength, newCodes, newExcluded, newScale, newShape, setter,
                intSetter, doubleSetter, longSetter, newMinimum, newMaximum, newCsvHeader, newChineseHeaders,
                newIdentifier, newSince, newDescription);
    }

    // ---------------------------------------------------------------- the kinds of row

    /**
     * A string of 1 to {@code maxLength} characters.
     *
     * @param <B>       the builder
     * @param name      the JSON name
     * @param required  whether the field is required
     * @param maxLength the longest value
     * @param setter    stores the value
     * @return the row
     */
    public static <B> Field<B> text(String name, boolean required, int maxLength, BiConsumer<B, String> setter) {
        return Field.<B>of(name, FieldKind.TEXT, required, setter).withMaxLength(maxLength);
    }

    /**
     * A record id: 1 to {@code maxLength} characters of {@code A-Z a-z 0-9 . _ -}.
     *
     * @param <B>       the builder
     * @param name      the JSON name
     * @param maxLength the longest value
     * @param setter    stores the value
     * @return the row, required
     */
    public static <B> Field<B> recordId(String name, int maxLength, BiConsumer<B, String> setter) {
        return Field.<B>of(name, FieldKind.RECORD_ID, true, setter).withMaxLength(maxLength);
    }

    /**
     * A code of an enumerated code system.
     *
     * @param <B>      the builder
     * @param <E>      the code system's enum
     * @param name     the JSON name
     * @param required whether the field is required
     * @param values   the code system's constants
     * @param setter   stores the value
     * @return the row
     */
    public static <B, E extends Enum<E> & CodedConcept> Field<B> code(String name, boolean required, E[] values,
            BiConsumer<B, E> setter) {
        Field<B> row = of(name, FieldKind.CODE, required, setter);
        return row.copy(0, new CodeTable<>(values), null, null, null, null, null, null, List.of(), false, "1.0", "");
    }

    /**
     * An array of codes of an enumerated code system.
     *
     * @param <B>    the builder
     * @param <E>    the code system's enum
     * @param name   the JSON name
     * @param values the code system's constants
     * @param adder  adds one element
     * @return the row, optional
     */
    public static <B, E extends Enum<E> & CodedConcept> Field<B> codeList(String name, E[] values,
            BiConsumer<B, E> adder) {
        Field<B> row = of(name, FieldKind.CODE_LIST, false, adder);
        return row.copy(0, new CodeTable<>(values), null, null, null, null, null, null, List.of(), false, "1.0", "");
    }

    /**
     * An integer of a numbered scale, stored as the scale's constant.
     *
     * @param <B>      the builder
     * @param <E>      the scale's enum
     * @param name     the JSON name
     * @param required whether the field is required
     * @param values   the scale's constants, in order
     * @param setter   stores the value
     * @return the row
     */
    public static <B, E extends Enum<E> & ScaleConcept> Field<B> scale(String name, boolean required, E[] values,
            BiConsumer<B, E> setter) {
        Field<B> row = of(name, FieldKind.SCALE, required, setter);
        return row.copy(0, null, null, values.clone(), null, (double) values[0].number(),
                (double) values[values.length - 1].number(), null, List.of(), false, "1.0", "");
    }

    /**
     * An integer (the format sets no range; a validator rule may).
     *
     * @param <B>    the builder
     * @param name   the JSON name
     * @param setter stores the value
     * @return the row, optional
     */
    public static <B> Field<B> integer(String name, ObjIntConsumer<B> setter) {
        return new Field<>(name, FieldKind.INTEGER, false, 0, null, null, null, null, null,
                Objects.requireNonNull(setter), null, null, null, null, null, List.of(), false, "1.0", "");
    }

    /**
     * A finite decimal number.
     *
     * @param <B>    the builder
     * @param name   the JSON name
     * @param setter stores the value
     * @return the row, optional
     */
    public static <B> Field<B> decimal(String name, ObjDoubleConsumer<B> setter) {
        return new Field<>(name, FieldKind.DECIMAL, false, 0, null, null, null, null, null, null,
                Objects.requireNonNull(setter), null, null, null, null, List.of(), false, "1.0", "");
    }

    /**
     * An integer amount in fen.
     *
     * @param <B>     the builder
     * @param name    the JSON name
     * @param minimum the smallest amount allowed, or null for any
     * @param setter  stores the value
     * @return the row, optional
     */
    public static <B> Field<B> amount(String name, Long minimum, ObjLongConsumer<B> setter) {
        return new Field<>(name, FieldKind.AMOUNT, false, 0, null, null, null, null, null, null, null,
                Objects.requireNonNull(setter), minimum == null ? null : minimum.doubleValue(), null, null, List.of(),
                false, "1.0", "");
    }

    /**
     * A date {@code yyyy-MM-dd}.
     *
     * @param <B>      the builder
     * @param name     the JSON name
     * @param required whether the field is required
     * @param setter   stores the value
     * @return the row
     */
    public static <B> Field<B> date(String name, boolean required, BiConsumer<B, LocalDate> setter) {
        return of(name, FieldKind.DATE, required, setter);
    }

    /**
     * A month {@code yyyy-MM}.
     *
     * @param <B>      the builder
     * @param name     the JSON name
     * @param required whether the field is required
     * @param setter   stores the value
     * @return the row
     */
    public static <B> Field<B> month(String name, boolean required, BiConsumer<B, YearMonth> setter) {
        return of(name, FieldKind.MONTH, required, setter);
    }

    /**
     * A boolean.
     *
     * @param <B>    the builder
     * @param name   the JSON name
     * @param setter stores the value
     * @return the row, optional
     */
    public static <B> Field<B> flag(String name, BiConsumer<B, Boolean> setter) {
        return of(name, FieldKind.FLAG, false, setter);
    }

    /**
     * A nested object.
     *
     * @param <B>      the builder
     * @param <T>      the nested object's model type
     * @param name     the JSON name
     * @param shape    the nested object's fields
     * @param setter   stores the value
     * @return the row, optional
     */
    public static <B, T> Field<B> object(String name, Shape<?, T> shape, BiConsumer<B, T> setter) {
        Field<B> row = of(name, FieldKind.OBJECT, false, setter);
        return row.copy(0, null, null, null, shape, null, null, null, List.of(), false, "1.0", "");
    }

    /**
     * An array of nested objects.
     *
     * @param <B>   the builder
     * @param <T>   the element's model type
     * @param name  the JSON name
     * @param shape the element's fields
     * @param adder adds one element
     * @return the row, optional
     */
    public static <B, T> Field<B> objectList(String name, Shape<?, T> shape, BiConsumer<B, T> adder) {
        Field<B> row = of(name, FieldKind.OBJECT_LIST, false, adder);
        return row.copy(0, null, null, null, shape, null, null, null, List.of(), false, "1.0", "");
    }

    // ---------------------------------------------------------------- refinements

    private Field<B> withMaxLength(int limit) {
        return copy(limit, codes, excluded, scale, shape, minimum, maximum, csvHeader, chineseHeaders, identifier,
                since, description);
    }

    /**
     * Returns this row with the columns of the CSV flavour (and of workbooks and tables).
     *
     * @param header  the English header of the CSV flavour
     * @param chinese the Chinese headers of the usual templates, the first being the usual one
     * @return the row
     */
    public Field<B> csv(String header, String... chinese) {
        return copy(maxLength, codes, excluded, scale, shape, minimum, maximum, header, List.of(chinese), identifier,
                since, description);
    }

    /**
     * Returns this row marked as an identifier that a spreadsheet may turn into a number (digits lost).
     *
     * @return the row
     */
    public Field<B> identifier() {
        return copy(maxLength, codes, excluded, scale, shape, minimum, maximum, csvHeader, chineseHeaders, true, since,
                description);
    }

    /**
     * Returns this row with a code of its code system that the field does not allow.
     *
     * @param code the code not allowed here
     * @return the row
     */
    public Field<B> excluding(CodedConcept code) {
        return copy(maxLength, codes, code, scale, shape, minimum, maximum, csvHeader, chineseHeaders, identifier, since,
                description);
    }

    /**
     * Returns this row with the physical range of a number, published in the schema and checked by a
     * validator rule rather than the reader.
     *
     * @param min the smallest value, or null
     * @param max the largest value, or null
     * @return the row
     */
    public Field<B> range(Double min, Double max) {
        return copy(maxLength, codes, excluded, scale, shape, min, max, csvHeader, chineseHeaders, identifier, since,
                description);
    }

    /**
     * Returns this row with the format version that added it ({@code 1.0} by default).
     *
     * @param version the version
     * @return the row
     */
    public Field<B> since(String version) {
        return copy(maxLength, codes, excluded, scale, shape, minimum, maximum, csvHeader, chineseHeaders, identifier,
                version, description);
    }

    /**
     * Returns this row with a description for the schema and the documentation.
     *
     * @param text the description (English, for docs/)
     * @return the row
     */
    public Field<B> describe(String text) {
        return copy(maxLength, codes, excluded, scale, shape, minimum, maximum, csvHeader, chineseHeaders, identifier,
                since, text);
    }

    // ---------------------------------------------------------------- reading the row

    /**

     * Returns the JSON name.

     *

     * @return the JSON name

     */
    public String name() {
        return name;
    }

    /**

     * Returns the kind of value.

     *

     * @return the kind of value

     */
    public FieldKind kind() {
        return kind;
    }

    /**

     * Returns whether the field is required in its object.

     *

     * @return whether the field is required in its object

     */
    public boolean required() {
        return required;
    }

    /**

     * Returns the longest string of a {@link FieldKind#TEXT} or {@link FieldKind#RECORD_ID} field, else 0.

     *

     * @return the longest string of a {@link FieldKind#TEXT} or {@link FieldKind#RECORD_ID} field, else 0

     */
    public int maxLength() {
        return maxLength;
    }

    /**

     * Returns the code lookup of a {@link FieldKind#CODE} or {@link FieldKind#CODE_LIST} field, else null.

     *

     * @return the code lookup of a {@link FieldKind#CODE} or {@link FieldKind#CODE_LIST} field, else null

     */
    public CodeTable<?> codes() {
        return codes;
    }

    /**

     * Returns the code of the code system this field does not allow, or null.

     *

     * @return the code of the code system this field does not allow, or null

     */
    public CodedConcept excluded() {
        return excluded;
    }

    /**
     * Returns the constant of a scale value.
     *
     * @param number the number written in the file
     * @return the constant, or null when the number is outside the scale
     */
    public Object scaleValue(long number) {
        long index = number - scale[0].number();
        return index >= 0 && index < scale.length ? scale[(int) index] : null;
    }

    /**

     * Returns the constants of a {@link FieldKind#SCALE} field, in order, else an empty list.

     *

     * @return the constants of a {@link FieldKind#SCALE} field, in order, else an empty list

     */
    public List<ScaleConcept> scaleValues() {
        return scale == null ? List.of() : List.of(scale);
    }

    /**

     * Returns the nested object's fields of an {@link FieldKind#OBJECT} or {@link FieldKind#OBJECT_LIST} field.

     *

     * @return the nested object's fields of an {@link FieldKind#OBJECT} or {@link FieldKind#OBJECT_LIST} field

     */
    public Shape<?, ?> shape() {
        return shape;
    }

    /**

     * Returns the smallest value of a number (scale, physical range or amount), or null.

     *

     * @return the smallest value of a number (scale, physical range or amount), or null

     */
    public Double minimum() {
        return minimum;
    }

    /**

     * Returns the largest value of a number, or null.

     *

     * @return the largest value of a number, or null

     */
    public Double maximum() {
        return maximum;
    }

    /**

     * Returns the English CSV header, or null if the field is no column of the CSV flavour.

     *

     * @return the English CSV header, or null if the field is no column of the CSV flavour

     */
    public String csvHeader() {
        return csvHeader;
    }

    /**

     * Returns the Chinese headers of the usual templates, empty if none.

     *

     * @return the Chinese headers of the usual templates, empty if none

     */
    public List<String> chineseHeaders() {
        return chineseHeaders;
    }

    /**

     * Returns whether a spreadsheet may have turned the value into a number.

     *

     * @return whether a spreadsheet may have turned the value into a number

     */
    public boolean isIdentifier() {
        return identifier;
    }

    /**

     * Returns the format version that added the field.

     *

     * @return the format version that added the field

     */
    public String since() {
        return since;
    }

    /**

     * Returns the description, possibly empty.

     *

     * @return the description, possibly empty

     */
    public String description() {
        return description;
    }

    /**
     * Stores an object value (text, code, scale constant, date, month, boolean, nested object or element).
     *
     * @param builder the builder
     * @param value   the value
     */
    public void set(B builder, Object value) {
        setter.accept(builder, value);
    }

    /**
     * Stores an {@link FieldKind#INTEGER} value.
     *
     * @param builder the builder
     * @param value   the value
     */
    public void setInt(B builder, int value) {
        intSetter.accept(builder, value);
    }

    /**
     * Stores a {@link FieldKind#DECIMAL} value.
     *
     * @param builder the builder
     * @param value   the value
     */
    public void setDouble(B builder, double value) {
        doubleSetter.accept(builder, value);
    }

    /**
     * Stores an {@link FieldKind#AMOUNT} value.
     *
     * @param builder the builder
     * @param value   the value
     */
    public void setLong(B builder, long value) {
        longSetter.accept(builder, value);
    }

    @Override
    public String toString() {
        return "Field[" + name + ", " + kind + (required ? ", required" : "") + "]";
    }
}
