package org.disabilitystandards.validation.batch;

import java.util.List;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;

/**
 * Splits one CSV row (RFC 4180 within a line: fields separated by commas, a field may be enclosed in
 * double quotes, a doubled quote inside stands for one quote). A row is one line of the file: a quoted
 * field cannot span lines. No regular expression.
 */
final class CsvFields {

    private CsvFields() {
    }

    /**
     * Splits a row into its fields, appended to {@code fields} (quotes removed).
     *
     * @param row    the decoded line
     * @param fields receives the fields
     * @return null when the row is well formed, else why not (never with a field value)
     */
    static ReadProblem.Detail split(String row, List<String> fields) {
        int length = row.length();
        int position = 0;
        StringBuilder quoted = null;
        while (true) {
            if (position < length && row.charAt(position) == '"') {
                if (quoted == null) {
                    quoted = new StringBuilder();
                }
                quoted.setLength(0);
                position++;
                boolean closed = false;
                while (position < length) {
                    char c = row.charAt(position++);
                    if (c == '"') {
                        if (position < length && row.charAt(position) == '"') {
                            quoted.append('"');
                            position++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        quoted.append(c);
                    }
                }
                if (!closed) {
                    return detail(FormatReason.UNTERMINATED_QUOTE, fields.size() + 1);
                }
                fields.add(quoted.toString());
                if (position < length && row.charAt(position) != ',') {
                    return detail(FormatReason.TEXT_AFTER_QUOTE, fields.size());
                }
            } else {
                int comma = row.indexOf(',', position);
                int end = comma < 0 ? length : comma;
                for (int i = position; i < end; i++) {
                    if (row.charAt(i) == '"') {
                        return detail(FormatReason.QUOTE_IN_UNQUOTED_FIELD, fields.size() + 1);
                    }
                }
                fields.add(row.substring(position, end));
                position = end;
            }
            if (position >= length) {
                return null;
            }
            position++;
            if (position == length) {
                fields.add("");
                return null;
            }
        }
    }

    private static ReadProblem.Detail detail(FormatReason reason, int field) {
        return new ReadProblem.Detail(reason, List.of(field));
    }
}
