package org.disabilitystandards.core.json;

import org.disabilitystandards.core.internal.RecordIdFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.internal.format.Field;
import org.disabilitystandards.core.internal.format.FormatV1;
import org.disabilitystandards.core.internal.format.Shape;
import org.disabilitystandards.core.json.ReadProblem.Kind;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * Reads one record of the exchange format, version 1 (one line of a JSON Lines file), in one streaming pass
 * over Jackson's {@link JsonParser} driven by the format's field table ({@code FormatV1}: one generic loop
 * per object over its field rows, a field's position being its bit in the "seen" mask), and reports every
 * problem by field path (rules {@code FORMAT.*} of the rule catalogue) with a {@link FormatReason}.
 * Immutable and thread-safe; create one per {@link ReadLimits} and share it.
 *
 * <p>How problems are handled:
 * <ul>
 *   <li>unknown field: {@link Kind#UNKNOWN_FIELD}; its value is skipped and the record still builds;</li>
 *   <li>wrong JSON type, unparsable date ({@code yyyy-MM-dd}) or month ({@code yyyy-MM}), a string that
 *       breaks its field's pattern (e.g. {@code recordId}), a null array element:
 *       {@link Kind#WRONG_TYPE}; the field is dropped;</li>
 *   <li>a code the code system does not define (category {@code DEAF}, grade 5, military grade 11, care
 *       level 6, {@code MULTIPLE} as an assessed category): {@link Kind#UNKNOWN_CODE}; the field is
 *       dropped;</li>
 *   <li>a required field absent, null or an empty string: {@link Kind#MISSING_FIELD};</li>
 *   <li>a line longer than {@link ReadLimits#maxLineBytes()}, a string longer than its limit, an array
 *       longer than {@link ReadLimits#maxArrayLength()}, nesting deeper than
 *       {@link ReadLimits#maxNestingDepth()} or a number literal of more than 100 characters:
 *       {@link Kind#TOO_LONG};</li>
 *   <li>garbage, truncation, invalid UTF-8, control characters, a top-level value other than an object,
 *       content after the object: {@link Kind#MALFORMED_JSON}; the problems found before the error are
 *       kept.</li>
 *   <li>a duplicated key: {@link Kind#WRONG_TYPE} with reason {@link FormatReason#DUPLICATE_KEY}; the first occurrence
 *       is kept so that the rest of the record can still be checked.</li>
 * </ul>
 * A field dropped inside a nested object drops only that object when the field is required there (a
 * certificate without a valid grade is dropped, the record is kept); a required field of the record
 * itself ({@code recordId}, {@code idNumber}, {@code name}, {@code regionCode}) leaves no record. Problems
 * never contain a value from the line.
 */
public final class PersonRecordReader {

    private static final PersonRecordReader STANDARD = new PersonRecordReader(ReadLimits.defaults());
    private static final String ROOT = "";

    private final ReadLimits limits;
    private final JsonFactory factory;
    private final CleanRecordScanner clean;

    private PersonRecordReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = ExchangeJson.newJsonFactory(limits);
        this.clean = new CleanRecordScanner(limits);
    }

    /**
     * Returns the shared reader with {@link ReadLimits#defaults()}.
     *
     * @return the standard reader
     */
    public static PersonRecordReader standard() {
        return STANDARD;
    }

    /**
     * Returns a reader that enforces other limits.
     *
     * @param limits the limits
     * @return a new reader
     */
    public static PersonRecordReader withLimits(ReadLimits limits) {
        return new PersonRecordReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this reader enforces.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads one line given as text.
     *
     * @param json the line, without its terminator
     * @return the result, never null
     */
    public RecordReadResult read(String json) {
        if (json.length() > limits.maxLineBytes()) {
            return lineTooLong();
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length);
    }

    /**
     * Reads one line of UTF-8 bytes, without its terminator. The bytes are not kept.
     *
     * @param utf8   the buffer
     * @param offset where the line starts
     * @param length the line's length in bytes
     * @return the result, never null
     */
    public RecordReadResult read(byte[] utf8, int offset, int length) {
        if (length > limits.maxLineBytes()) {
            return lineTooLong();
        }
        RecordReadResult result = clean.read(utf8, offset, length);
        return result != null ? result : readCarefully(utf8, offset, length);
    }

    /**
     * The careful pass: reads a line with Jackson's streaming parser, field by field, and reports every
     * problem. The fast path ({@link CleanRecordScanner}) leaves every line to it that is not a clean record.
     */
    RecordReadResult readCarefully(byte[] utf8, int offset, int length) {
        Pass pass = new Pass();
        try (JsonParser parser = factory.createParser(utf8, offset, length)) {
            pass.parser = parser;
            return pass.readLine();
        } catch (StreamConstraintsException e) {
            pass.problem(Kind.TOO_LONG, ROOT, FormatReason.BEYOND_PARSER_LIMIT, byteOffset(e));
        } catch (JsonProcessingException e) {
            pass.problem(Kind.MALFORMED_JSON, ROOT, FormatReason.NOT_WELL_FORMED, byteOffset(e));
        } catch (IOException e) {
            pass.problem(Kind.MALFORMED_JSON, ROOT, FormatReason.UNREADABLE_LINE);
        }
        return pass.result(null);
    }

    private static Object byteOffset(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : (Object) e.getLocation().getByteOffset();
    }

    /**
     * Returns the result of a line longer than {@link ReadLimits#maxLineBytes()}, for a caller that split the
     * input itself and did not keep the line: no record, one {@link Kind#TOO_LONG} problem.
     *
     * @return the result, never null
     */
    public RecordReadResult lineTooLong() {
        return new RecordReadResult(null,
                List.of(new ReadProblem(Kind.TOO_LONG, ROOT, FormatReason.LINE_TOO_LONG, limits.maxLineBytes())),
                null, null);
    }

    /**
     * Builds a field path such as {@code assessments[1].measurements.iq} from the array (or object) it lies
     * in, the element's index (-1 outside arrays), the objects between the element and the field, and the
     * field; only when a problem is found.
     */
    static String path(String base, int index, String inner, String field) {
        StringBuilder path = new StringBuilder(base.length() + inner.length() + field.length() + 8).append(base);
        if (index >= 0) {
            path.append('[').append(index).append(']');
        }
        for (String part : new String[] {inner, field}) {
            if (!part.isEmpty()) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(part);
            }
        }
        return path.toString();
    }

    /**
     * The state of reading one line; used by one thread, once. Every object of the format is read by
     * {@link #object}, every value by {@link #value}, both driven by the rows of the field table. An object
     * is located by the array or top-level object it lies in ({@code base}), the element's index there (-1
     * outside arrays) and the objects in between ({@code inner}), so that paths are only built for problems.
     */
    private final class Pass {

        private JsonParser parser;
        private List<ReadProblem> problems;
        private String recordId;
        private String idNumber;

        void problem(Kind kind, String path, FormatReason reason, Object... arguments) {
            if (problems == null) {
                problems = new ArrayList<>(4);
            }
            problems.add(new ReadProblem(kind, path, reason, arguments));
        }

        void problem(Kind kind, String base, int index, String inner, String field, FormatReason reason,
                Object... arguments) {
            problem(kind, path(base, index, inner, field), reason, arguments);
        }

        RecordReadResult result(PersonRecord record) {
            return new RecordReadResult(record, problems == null ? List.of() : problems, recordId, idNumber);
        }

        RecordReadResult readLine() throws IOException {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                problem(Kind.MALFORMED_JSON, ROOT, token == null ? FormatReason.EMPTY_LINE : FormatReason.NOT_AN_OBJECT);
                return result(null);
            }
            PersonRecord record = object(FormatV1.PERSON, token, ROOT, -1, ROOT);
            if (parser.nextToken() != null) {
                problem(Kind.MALFORMED_JSON, ROOT, FormatReason.CONTENT_AFTER_OBJECT);
                return result(null);
            }
            return result(record);
        }

        // ---------------------------------------------------------------- objects

        /**
         * Reads one object of the format: the one loop over the fields of every object. Reports unknown and
         * repeated fields (skipping their values), marks every known field, null ones included, in the
         * "seen" mask and every stored value in the "set" mask, then checks the required fields and the
         * rules between fields. Returns the model, or null when the object is not an object or lacks a
         * required field. Writers usually keep the order of the format, so the field after the last one seen
         * is tried first.
         */
        private <B, T> T object(Shape<B, T> shape, JsonToken token, String base, int index, String inner)
                throws IOException {
            if (token != JsonToken.START_OBJECT) {
                problem(Kind.WRONG_TYPE, base, index, inner, ROOT, FormatReason.EXPECTED_OBJECT);
                parser.skipChildren();
                return null;
            }
            B builder = shape.newBuilder();
            long seen = 0;
            long set = 0;
            int size = shape.size();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                int expected = Long.SIZE - Long.numberOfLeadingZeros(seen);
                int position = expected < size && shape.field(expected).name() == name ? expected : shape.indexOf(name);
                if (position < 0) {
                    problem(Kind.UNKNOWN_FIELD, base, index, inner, shownFieldName(name), FormatReason.FIELD_NOT_DEFINED);
                    parser.skipChildren();
                    continue;
                }
                long bit = 1L << position;
                if ((seen & bit) != 0) {
                    problem(Kind.WRONG_TYPE, base, index, inner, name, FormatReason.DUPLICATE_KEY);
                    parser.skipChildren();
                    continue;
                }
                seen |= bit;
                if (value != JsonToken.VALUE_NULL && value(shape.field(position), value, builder, base, index, inner)) {
                    set |= bit;
                }
            }
            long missing = shape.requiredMask() & ~set;
            if (missing != 0) {
                for (; missing != 0; missing &= missing - 1) {
                    int position = Long.numberOfTrailingZeros(missing);
                    required(shape.field(position).name(), (seen & (1L << position)) != 0, base, index, inner);
                }
                return null;
            }
            T model = shape.build(builder);
            int violated = shape.firstViolated(model);
            if (violated < 0) {
                return model;
            }
            Shape.Condition<T> condition = shape.conditions().get(violated);
            String field = shape.field(condition.field()).name();
            if (condition.reason() == null) {
                required(field, (seen & (1L << condition.field())) != 0, base, index, inner);
            } else {
                problem(condition.kind(), base, index, inner, field, condition.reason());
            }
            return null;
        }

        /**
         * Reports a required field without a valid value: absent, or null (a field whose invalid value was
         * already reported is not reported again).
         */
        private void required(String field, boolean seen, String base, int index, String inner) {
            if (!seen) {
                problem(Kind.MISSING_FIELD, base, index, inner, field, FormatReason.FIELD_ABSENT);
                return;
            }
            String path = path(base, index, inner, field);
            if (problems != null) {
                for (ReadProblem problem : problems) {
                    if (problem.path().equals(path)) {
                        return;
                    }
                }
            }
            problem(Kind.MISSING_FIELD, path, FormatReason.FIELD_NULL);
        }

        /** Reads the value of one field into the builder; returns whether a valid value was stored. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private <B> boolean value(Field<B> field, JsonToken token, B builder, String base, int index, String inner)
                throws IOException {
            String name = field.name();
            switch (field.kind()) {
                case TEXT: {
                    String text = string(token, base, index, inner, name, field.maxLength());
                    if (field == FormatV1.ID_NUMBER) {
                        idNumber = text;
                    }
                    return text != null && store(field, builder, text);
                }
                case RECORD_ID: {
                    String text = string(token, base, index, inner, name, field.maxLength());
                    if (text == null) {
                        return false;
                    }
                    if (field == FormatV1.RECORD_ID) {
                        recordId = text;
                    }
                    if (!RecordIdFormat.hasOnlyAllowedCharacters(text)) {
                        problem(Kind.WRONG_TYPE, base, index, inner, name, FormatReason.RECORD_ID_CHARACTERS,
                                field.maxLength());
                        return false;
                    }
                    return store(field, builder, text);
                }
                case CODE:
                    return store(field, builder, code(token, field, base, index, inner, name));
                case SCALE:
                    return store(field, builder, scale(token, field, base, index, inner, name));
                case INTEGER:
                    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                        field.setInt(builder, parser.getIntValue());
                        return true;
                    }
                    return wrongType(base, index, inner, name, FormatReason.EXPECTED_INTEGER);
                case DECIMAL:
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        double number = parser.getDoubleValue();
                        if (Double.isFinite(number)) {
                            field.setDouble(builder, number);
                            return true;
                        }
                    }
                    return wrongType(base, index, inner, name, FormatReason.EXPECTED_NUMBER);
                case AMOUNT:
                    return amount(field, token, builder, base, index, inner);
                case DATE:
                    return store(field, builder, date(token, base, index, inner, name));
                case MONTH:
                    return store(field, builder, month(token, base, index, inner, name));
                case FLAG:
                    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                        field.set(builder, token == JsonToken.VALUE_TRUE ? Boolean.TRUE : Boolean.FALSE);
                        return true;
                    }
                    return wrongType(base, index, inner, name, FormatReason.EXPECTED_BOOLEAN);
                case OBJECT:
                    return store(field, builder,
                            object(field.shape(), token, base, index, inner.isEmpty() ? name : inner + '.' + name));
                default:
                    return array(field, token, builder, base, index, inner);
            }
        }

        private <B> boolean store(Field<B> field, B builder, Object value) {
            if (value == null) {
                return false;
            }
            field.set(builder, value);
            return true;
        }

        private boolean wrongType(String base, int index, String inner, String field, FormatReason reason)
                throws IOException {
            problem(Kind.WRONG_TYPE, base, index, inner, field, reason);
            parser.skipChildren();
            return false;
        }

        /**
         * The loop over every array of the format: checks the array type, the length limit and null elements,
         * and reads each element as its row says (an object or a code).
         */
        private <B> boolean array(Field<B> field, JsonToken token, B builder, String base, int index, String inner)
                throws IOException {
            String arrayPath = base.isEmpty() && index < 0 && inner.isEmpty() ? field.name()
                    : path(base, index, inner, field.name());
            if (token != JsonToken.START_ARRAY) {
                problem(Kind.WRONG_TYPE, arrayPath, FormatReason.EXPECTED_ARRAY);
                parser.skipChildren();
                return false;
            }
            int element = 0;
            for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
                if (element >= limits.maxArrayLength()) {
                    if (element == limits.maxArrayLength()) {
                        problem(Kind.TOO_LONG, arrayPath, FormatReason.ARRAY_TOO_LONG, limits.maxArrayLength());
                    }
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_NULL) {
                    problem(Kind.WRONG_TYPE, arrayPath, element, ROOT, ROOT, FormatReason.NULL_ELEMENT);
                } else {
                    Object item = field.shape() != null ? object(field.shape(), value, arrayPath, element, ROOT)
                            : code(value, field, arrayPath, element, ROOT, ROOT);
                    store(field, builder, item);
                }
                element++;
            }
            return true;
        }

        // ---------------------------------------------------------------- values

        private String string(JsonToken token, String base, int index, String inner, String field, int maxLength)
                throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                wrongType(base, index, inner, field, FormatReason.EXPECTED_STRING);
                return null;
            }
            int length = parser.getTextLength();
            int limit = Math.min(maxLength, limits.maxStringLength());
            if (length > limit) {
                problem(Kind.TOO_LONG, base, index, inner, field, FormatReason.STRING_TOO_LONG, limit);
                return null;
            }
            if (length == 0) {
                problem(Kind.MISSING_FIELD, base, index, inner, field, FormatReason.EMPTY_STRING);
                return null;
            }
            return parser.getText();
        }

        private CodedConcept code(JsonToken token, Field<?> field, String base, int index, String inner, String name)
                throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                wrongType(base, index, inner, name, FormatReason.EXPECTED_CODE);
                return null;
            }
            CodedConcept value = field.codes().find(parser.getTextCharacters(), parser.getTextOffset(),
                    parser.getTextLength());
            if (value == null) {
                problem(Kind.UNKNOWN_CODE, base, index, inner, name, FormatReason.UNKNOWN_CODE,
                        field.codes().codeSystem().id(), field.codes().codeSystem().edition());
            } else if (value == field.excluded()) {
                problem(Kind.UNKNOWN_CODE, base, index, inner, name, FormatReason.CODE_NOT_ALLOWED,
                        ((Enum<?>) value).name());
                return null;
            }
            return value;
        }

        /** Reads an integer of a numbered scale as its constant; null after a problem. */
        private Object scale(JsonToken token, Field<?> field, String base, int index, String inner, String name)
                throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                wrongType(base, index, inner, name, FormatReason.EXPECTED_INTEGER);
                return null;
            }
            Object value = parser.getNumberType() == JsonParser.NumberType.INT ? field.scaleValue(parser.getIntValue())
                    : null;
            if (value == null) {
                problem(Kind.UNKNOWN_CODE, base, index, inner, name, FormatReason.NOT_ON_SCALE,
                        field.minimum().intValue(), field.maximum().intValue());
            }
            return value;
        }

        private <B> boolean amount(Field<B> field, JsonToken token, B builder, String base, int index, String inner)
                throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return wrongType(base, index, inner, field.name(), FormatReason.EXPECTED_AMOUNT);
            }
            long amount = parser.getLongValue();
            if (field.minimum() != null && amount < field.minimum()) {
                problem(Kind.WRONG_TYPE, base, index, inner, field.name(), FormatReason.NEGATIVE_AMOUNT);
                return false;
            }
            field.setLong(builder, amount);
            return true;
        }

        private LocalDate date(JsonToken token, String base, int index, String inner, String field)
                throws IOException {
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
                char[] chars = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                if (chars[offset + 4] == '-' && chars[offset + 7] == '-') {
                    LocalDate date = dateOf(digits(chars, offset, 4), digits(chars, offset + 5, 2),
                            digits(chars, offset + 8, 2));
                    if (date != null) {
                        return date;
                    }
                }
            }
            wrongType(base, index, inner, field, FormatReason.EXPECTED_DATE);
            return null;
        }

        private YearMonth month(JsonToken token, String base, int index, String inner, String field)
                throws IOException {
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 7) {
                char[] chars = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                if (chars[offset + 4] == '-') {
                    YearMonth month = monthOf(digits(chars, offset, 4), digits(chars, offset + 5, 2));
                    if (month != null) {
                        return month;
                    }
                }
            }
            wrongType(base, index, inner, field, FormatReason.EXPECTED_MONTH);
            return null;
        }
    }

    /**
     * The date of a {@code yyyy-MM-dd} value whose parts were parsed (-1 for a part that is not digits): a day
     * of the proleptic calendar from year 1, else null. Shared by both passes of the reader.
     */
    static LocalDate dateOf(int year, int month, int day) {
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                ? LocalDate.of(year, month, day) : null;
    }

    /** The month of a {@code yyyy-MM} value whose parts were parsed, from year 1, else null. */
    static YearMonth monthOf(int year, int month) {
        return year >= 1 && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** Parses {@code count} ASCII digits; -1 if any is not a digit. */
    private static int digits(char[] chars, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * The name under which an unknown field appears in a problem's path: a short ASCII identifier
     * ({@code colour}, {@code nickname}: a letter, then at most 31 letters, digits or underscores, with no run of
     * four digits) as it is; any other name (an ID number, a name in Chinese, control characters, a long
     * text) is input that must not be echoed and becomes {@code ?}.
     */
    static String shownFieldName(String field) {
        int dot = field.lastIndexOf('.');
        if (dot >= 0) {
            // a path within a known object (measurements.pitch): only its last name came from the input
            return field.substring(0, dot + 1) + shownFieldName(field.substring(dot + 1));
        }
        if (field.isEmpty() || field.length() > 32 || !isAsciiLetter(field.charAt(0))) {
            return "?";
        }
        int digits = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !isAsciiLetter(c) && c != '_') {
                return "?";
            }
            digits = digit ? digits + 1 : 0;
            if (digits >= 4) {
                return "?";
            }
        }
        return field;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

}
