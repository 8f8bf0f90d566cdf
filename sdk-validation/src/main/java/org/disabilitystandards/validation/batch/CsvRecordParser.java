package org.disabilitystandards.validation.batch;

import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.ReadProblem.Kind;

/**
 * Reads the data rows of the CSV flavour of the exchange format (version 1): decodes and splits the row
 * ({@link CsvFields}) and maps its fields with {@link RowMapper}, the mapping shared with workbooks and
 * database tables. Invalid text, a broken quote or a wrong number of fields is {@code MALFORMED_CSV}
 * (rule FORMAT.MALFORMED_CSV). Not thread-safe: one instance per worker and batch.
 */
final class CsvRecordParser {

    private final CsvLayout layout;
    private final RowMapper mapper;
    private final Utf8Text utf8 = new Utf8Text();
    private final List<String> fields = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();

    CsvRecordParser(CsvLayout layout) {
        this.layout = layout;
        this.mapper = new RowMapper(layout.columns());
    }

    /**
     * Reads one data row into {@code out}.
     *
     * @param data   the bytes of the batch
     * @param offset where the row starts
     * @param length the row's length in bytes
     * @param out    receives the outcome
     */
    void read(byte[] data, int offset, int length, ParsedLine out) {
        fields.clear();
        cells.clear();
        String row = utf8.decode(data, offset, length);
        if (row == null) {
            malformed(new ReadProblem.Detail(FormatReason.NOT_TEXT, List.of()), out);
            return;
        }
        ReadProblem.Detail broken = CsvFields.split(row, fields);
        if (broken != null) {
            malformed(broken, out);
            return;
        }
        if (fields.size() != layout.width()) {
            malformed(new ReadProblem.Detail(FormatReason.FIELD_COUNT, List.of(fields.size(), layout.width())), out);
            return;
        }
        for (String field : fields) {
            cells.add(field.isEmpty() ? null : Cell.text(field));
        }
        mapper.map(cells::get, 1, out);
    }

    private static void malformed(ReadProblem.Detail detail, ParsedLine out) {
        List<ReadProblem> problems = new ArrayList<>(1);
        problems.add(new ReadProblem(Kind.MALFORMED_CSV, "", detail));
        out.set(null, problems, null, null);
    }
}
