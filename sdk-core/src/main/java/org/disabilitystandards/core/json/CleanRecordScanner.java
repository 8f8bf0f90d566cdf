package org.disabilitystandards.core.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.disabilitystandards.core.code.CodedConcept;
import org.disabilitystandards.core.internal.RecordIdFormat;
import org.disabilitystandards.core.internal.format.Field;
import org.disabilitystandards.core.internal.format.FieldKind;
import org.disabilitystandards.core.internal.format.FormatV1;
import org.disabilitystandards.core.internal.format.Shape;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * The fast path of {@link PersonRecordReader} (docs/performance.md, round 7): reads a line that is a clean
 * record of exchange format 1 straight from its UTF-8 bytes, driven by the same field table
 * ({@link FormatV1}) and storing values through the same setters, so the record it builds is the one the
 * Jackson-driven pass would build. It accepts only what that pass accepts without a single problem: strict
 * JSON (RFC 8259) with the format's names, value types, code lists, limits ({@link ReadLimits}) and the
 * rules between fields. At the first thing it does not accept, or would have to report, it gives up and
 * returns null, and the line is read again by the Jackson-driven pass, which finds and words every problem.
 * Giving up is always safe; accepting is only allowed where both passes agree, which
 * {@code CleanRecordScannerTest} checks on valid, mutated and hostile lines. It gives up on string escapes
 * (rare in exchange files) rather than decoding them.
 *
 * <p>Immutable and thread-safe: every call keeps its position in a {@link Scan} of its own.
 */
final class CleanRecordScanner {

    private final ReadLimits limits;
    private final int maxNameLength;

    CleanRecordScanner(ReadLimits limits) {
        this.limits = limits;
        // the parser's own limit on names (ExchangeJson.newJsonFactory): a longer name is an error there
        this.maxNameLength = Math.max(limits.maxStringLength(), 1);
    }

    /**
     * Reads a line that holds one clean record; null when the line is anything else.
     *
     * @param utf8   the buffer
     * @param offset where the line starts
     * @param length the line's length in bytes, at most {@link ReadLimits#maxLineBytes()}
     * @return the result without problems, or null
     */
    RecordReadResult read(byte[] utf8, int offset, int length) {
        Scan scan = new Scan(utf8, offset, offset + length);
        if (scan.skipWhitespace() != '{') {
            return null;
        }
        PersonRecord record = scan.object(FormatV1.PERSON, 1);
        if (record == null || scan.skipWhitespace() != Scan.END) {
            return null;
        }
        return new RecordReadResult(record, List.of(), scan.recordId, scan.idNumber);
    }

    /** The position in one line; used by one call. */
    private final class Scan {

        /** What {@link #skipWhitespace} returns at the end of the line. */
        static final int END = -1;

        private final byte[] bytes;
        private final int end;
        private int position;
        private String recordId;
        private String idNumber;
        /** Whether the string {@link #closeString} found last is ASCII only. */
        private boolean ascii;
        /** Whether the number {@link #numberEnd} found last has neither fraction nor exponent. */
        private boolean integral;

        Scan(byte[] bytes, int position, int end) {
            this.bytes = bytes;
            this.position = position;
            this.end = end;
        }

        /** Skips JSON whitespace; returns the next byte (not consumed), or {@link #END}. */
        int skipWhitespace() {
            byte[] b = bytes;
            int i = position;
            while (i < end) {
                byte next = b[i];
                if (next > ' ' || (next != ' ' && next != '\t' && next != '\n' && next != '\r')) {
                    position = i;
                    return next;
                }
                i++;
            }
            position = i;
            return END;
        }

        /** Returns the byte at the position if it is not whitespace, else skips whitespace first. */
        private int peek() {
            if (position < end) {
                byte next = bytes[position];
                if (next > ' ') {
                    return next;
                }
            }
            return skipWhitespace();
        }

        /**
         * Reads an object of a shape, the position at its opening brace; null at anything the careful pass
         * would report.
         */
        <B, T> T object(Shape<B, T> shape, int depth) {
            if (depth >= limits.maxNestingDepth()) {
                return null;
            }
            position++;
            B builder = shape.newBuilder();
            long seen = 0;
            long set = 0;
            int size = shape.size();
            int next = peek();
            if (next == '}') {
                position++;
            } else {
                while (true) {
                    if (next != '"') {
                        return null;
                    }
                    int expected = Long.SIZE - Long.numberOfLeadingZeros(seen);
                    int field = name(shape, expected < size ? expected : 0);
                    if (field < 0 || (seen & (1L << field)) != 0 || peek() != ':') {
                        return null;
                    }
                    position++;
                    long bit = 1L << field;
                    seen |= bit;
                    int start = peek();
                    if (start == 'n') {
                        if (!literal("null")) {
                            return null;
                        }
                    } else if (value(shape.field(field), builder, start, depth)) {
                        set |= bit;
                    } else {
                        return null;
                    }
                    next = peek();
                    position++;
                    if (next == '}') {
                        break;
                    }
                    if (next != ',') {
                        return null;
                    }
                    next = peek();
                }
            }
            if ((shape.requiredMask() & ~set) != 0) {
                return null;
            }
            T model = shape.build(builder);
            return shape.firstViolated(model) < 0 ? model : null;
        }

        /**
         * Reads a field name, the position at its opening quote; returns the field's position in the shape,
         * trying {@code expected} first, or -1 for a name that is not the plain name of one of its fields.
         */
        int name(Shape<?, ?> shape, int expected) {
            byte[] b = bytes;
            int start = position + 1;
            byte[] guess = shape.nameBytes(expected);
            int guessEnd = start + guess.length;
            if (guessEnd < end && b[guessEnd] == '"' && sameBytes(guess, start, guess.length)) {
                position = guessEnd + 1;
                return expected;
            }
            int close = start;
            while (close < end && b[close] != '"') {
                if (b[close] == '\\') {
                    return -1;
                }
                close++;
            }
            int length = close - start;
            if (close == end || length > maxNameLength) {
                return -1;
            }
            position = close + 1;
            for (int i = 0; i < shape.size(); i++) {
                if (sameBytes(shape.nameBytes(i), start, length)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean sameBytes(byte[] name, int start, int length) {
            if (name.length != length) {
                return false;
            }
            byte[] b = bytes;
            for (int i = 0; i < length; i++) {
                if (name[i] != b[start + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Reads a non-null value of a field into the builder; false where the careful pass would not. */
        <B> boolean value(Field<B> field, B builder, int start, int depth) {
            switch (field.kind()) {
                case TEXT:
                case RECORD_ID:
                    return start == '"' && text(field, builder);
                case CODE: {
                    CodedConcept code = start == '"' ? code(field) : null;
                    return code != null && store(field, builder, code);
                }
                case SCALE:
                case INTEGER:
                case AMOUNT:
                    return integer(field, builder, start);
                case DECIMAL:
                    return decimal(field, builder, start);
                case DATE:
                    return start == '"' && store(field, builder, date());
                case MONTH:
                    return start == '"' && store(field, builder, month());
                case FLAG:
                    if (start == 't' && literal("true")) {
                        field.set(builder, Boolean.TRUE);
                        return true;
                    }
                    if (start == 'f' && literal("false")) {
                        field.set(builder, Boolean.FALSE);
                        return true;
                    }
                    return false;
                case OBJECT:
                    return start == '{' && store(field, builder, object(field.shape(), depth + 1));
                case OBJECT_LIST:
                case CODE_LIST:
                    return start == '[' && array(field, builder, depth + 1);
                default:
                    // a kind added to the format later: the careful pass reads it until this one learns it
                    return false;
            }
        }

        private <B> boolean store(Field<B> field, B builder, Object value) {
            if (value == null) {
                return false;
            }
            field.set(builder, value);
            return true;
        }

        /** An array of objects or codes: no null element, at most the limit's number of elements. */
        <B> boolean array(Field<B> field, B builder, int depth) {
            if (depth >= limits.maxNestingDepth()) {
                return false;
            }
            position++;
            int next = peek();
            if (next == ']') {
                position++;
                return true;
            }
            Shape<?, ?> shape = field.shape();
            int elements = 0;
            while (true) {
                if (++elements > limits.maxArrayLength()) {
                    return false;
                }
                Object item = shape != null ? (next == '{' ? object(shape, depth + 1) : null)
                        : (next == '"' ? code(field) : null);
                if (item == null) {
                    return false;
                }
                field.set(builder, item);
                next = peek();
                position++;
                if (next == ']') {
                    return true;
                }
                if (next != ',') {
                    return false;
                }
                next = peek();
            }
        }

        /**
         * Finds the closing quote of the string at the position, past it; the index of the quote, or -1 for
         * an escape, a control character or no closing quote. Sets {@link #ascii}.
         */
        private int closeString() {
            byte[] b = bytes;
            int limit = end;
            int i = position + 1;
            int high = 0;
            while (i < limit) {
                byte next = b[i];
                if (next == '"') {
                    ascii = high >= 0;
                    return i;
                }
                if (next == '\\' || (next >= 0 && next < 0x20)) {
                    return -1;
                }
                high |= next;
                i++;
            }
            return -1;
        }

        /** A text or record id: 1 to the field's (and the limits') number of UTF-16 characters. */
        <B> boolean text(Field<B> field, B builder) {
            int close = closeString();
            if (close < 0) {
                return false;
            }
            int start = position + 1;
            String text = ascii ? new String(bytes, start, close - start, StandardCharsets.ISO_8859_1)
                    : decodeUtf8(bytes, start, close);
            if (text == null || text.isEmpty()
                    || text.length() > Math.min(field.maxLength(), limits.maxStringLength())) {
                return false;
            }
            if (field.kind() == FieldKind.RECORD_ID && !RecordIdFormat.hasOnlyAllowedCharacters(text)) {
                return false;
            }
            if (field == FormatV1.RECORD_ID) {
                recordId = text;
            } else if (field == FormatV1.ID_NUMBER) {
                idNumber = text;
            }
            position = close + 1;
            field.set(builder, text);
            return true;
        }

        /**
         * A code of the field's code system other than its excluded one; null otherwise. The code's hash is
         * computed while its closing quote is sought (codes are ASCII names without escapes).
         */
        CodedConcept code(Field<?> field) {
            byte[] b = bytes;
            int start = position + 1;
            int i = start;
            int hash = 0;
            while (i < end) {
                byte next = b[i];
                if (next == '"') {
                    CodedConcept code = field.codes().find(b, start, i - start, hash);
                    if (code == null || code == field.excluded()) {
                        return null;
                    }
                    position = i + 1;
                    return code;
                }
                if (next < 0x20 || next == '\\') {
                    // an escape or a control character is never part of a code (nor is a byte above 0x7F)
                    return null;
                }
                hash = 31 * hash + next;
                i++;
            }
            return null;
        }

        /** {@code yyyy-MM-dd}, a date of the proleptic calendar from year 1. */
        LocalDate date() {
            int close = closeString();
            int start = position + 1;
            if (close - start != 10 || bytes[start + 4] != '-' || bytes[start + 7] != '-') {
                return null;
            }
            LocalDate date = PersonRecordReader.dateOf(digits(start, 4), digits(start + 5, 2), digits(start + 8, 2));
            if (date != null) {
                position = close + 1;
            }
            return date;
        }

        /** {@code yyyy-MM}, a month from year 1. */
        YearMonth month() {
            int close = closeString();
            int start = position + 1;
            if (close - start != 7 || bytes[start + 4] != '-') {
                return null;
            }
            YearMonth month = PersonRecordReader.monthOf(digits(start, 4), digits(start + 5, 2));
            if (month != null) {
                position = close + 1;
            }
            return month;
        }

        private int digits(int start, int count) {
            int value = 0;
            for (int i = start; i < start + count; i++) {
                int digit = bytes[i] - '0';
                if (digit < 0 || digit > 9) {
                    return -1;
                }
                value = value * 10 + digit;
            }
            return value;
        }

        /**
         * An integer for a {@code SCALE}, {@code INTEGER} or {@code AMOUNT} field: a JSON integer (no
         * fraction, no exponent) of at most 9 digits for the first two (an int, as the careful pass requires),
         * 18 for amounts (a long), on the scale or at least the field's minimum.
         */
        <B> boolean integer(Field<B> field, B builder, int start) {
            int numberEnd = numberEnd(start);
            if (numberEnd < 0 || !integral) {
                return false;
            }
            boolean negative = start == '-';
            int digitsStart = negative ? position + 1 : position;
            int count = numberEnd - digitsStart;
            boolean amount = field.kind() == FieldKind.AMOUNT;
            if (count > (amount ? 18 : 9)) {
                return false;
            }
            long value = 0;
            for (int i = digitsStart; i < numberEnd; i++) {
                value = value * 10 + (bytes[i] - '0');
            }
            if (negative) {
                value = -value;
            }
            switch (field.kind()) {
                case SCALE: {
                    Object constant = field.scaleValue(value);
                    if (constant == null) {
                        return false;
                    }
                    field.set(builder, constant);
                    break;
                }
                case INTEGER:
                    field.setInt(builder, (int) value);
                    break;
                default:
                    if (field.minimum() != null && value < field.minimum()) {
                        return false;
                    }
                    field.setLong(builder, value);
                    break;
            }
            position = numberEnd;
            return true;
        }

        /**
         * A JSON number read as a finite double, as the careful pass reads it: an integer through its int or
         * long value (so {@code -0} is 0.0), a fraction or exponent by {@link Double#parseDouble}.
         */
        <B> boolean decimal(Field<B> field, B builder, int start) {
            int numberEnd = numberEnd(start);
            if (numberEnd < 0 || numberEnd - position > 32) {
                return false;
            }
            double number;
            if (integral) {
                int digitsStart = start == '-' ? position + 1 : position;
                if (numberEnd - digitsStart > 18) {
                    return false;
                }
                long value = 0;
                for (int i = digitsStart; i < numberEnd; i++) {
                    value = value * 10 + (bytes[i] - '0');
                }
                number = start == '-' ? -value : value;
            } else {
                number = Double.parseDouble(new String(bytes, position, numberEnd - position,
                        StandardCharsets.ISO_8859_1));
            }
            if (!Double.isFinite(number)) {
                return false;
            }
            field.setDouble(builder, number);
            position = numberEnd;
            return true;
        }

        /**
         * Where the JSON number at the position ends (RFC 8259: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)?
         * ([eE] [+-]? [0-9]+)?}), followed by whitespace, a comma or a closing bracket; -1 if it is not one.
         * Sets {@link #integral}.
         */
        private int numberEnd(int start) {
            int i = position;
            if (start == '-') {
                i++;
            }
            if (i >= end || !isDigit(bytes[i])) {
                return -1;
            }
            if (bytes[i] == '0') {
                i++;
            } else {
                while (i < end && isDigit(bytes[i])) {
                    i++;
                }
            }
            integral = true;
            if (i < end && bytes[i] == '.') {
                integral = false;
                int digitsFrom = ++i;
                while (i < end && isDigit(bytes[i])) {
                    i++;
                }
                if (i == digitsFrom) {
                    return -1;
                }
            }
            if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
                integral = false;
                i++;
                if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                    i++;
                }
                int digitsFrom = i;
                while (i < end && isDigit(bytes[i])) {
                    i++;
                }
                if (i == digitsFrom) {
                    return -1;
                }
            }
            return i == end || isSeparator(bytes[i]) ? i : -1;
        }

        /** {@code true}, {@code false} or {@code null} at the position, followed by a separator. */
        private boolean literal(String word) {
            int after = position + word.length();
            if (after > end) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (bytes[position + i] != word.charAt(i)) {
                    return false;
                }
            }
            if (after < end && !isSeparator(bytes[after])) {
                return false;
            }
            position = after;
            return true;
        }
    }

    /**
     * Decodes well-formed UTF-8 (RFC 3629: shortest form, no surrogates, at most U+10FFFF) into a string;
     * null for anything else, which the careful pass then reads.
     */
    static String decodeUtf8(byte[] bytes, int start, int end) {
        char[] chars = new char[end - start];
        int count = 0;
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                chars[count++] = (char) b;
                i++;
                continue;
            }
            int length;
            int code;
            int lowest;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                code = b & 0x1F;
                lowest = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                code = b & 0x0F;
                lowest = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                code = b & 0x07;
                lowest = 0x10000;
            } else {
                return null;
            }
            if (i + length > end) {
                return null;
            }
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return null;
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < lowest || code > Character.MAX_CODE_POINT
                    || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
                return null;
            }
            if (code >= 0x10000) {
                chars[count++] = Character.highSurrogate(code);
                chars[count++] = Character.lowSurrogate(code);
            } else {
                chars[count++] = (char) code;
            }
            i += length;
        }
        return new String(chars, 0, count);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isSeparator(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
