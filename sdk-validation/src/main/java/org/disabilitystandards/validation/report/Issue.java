package org.disabilitystandards.validation.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One finding of the validation: the stable rule id (for example {@code ID.CHECKSUM}), the severity in
 * force, the field path ({@code certificate.grade}, {@code assessments[0].measurements.iq}; empty for the
 * whole record or line), the line number and record id when known, the position in a workbook or database
 * table when the input was one, the message arguments, and the rule's
 * source (document and clause) and the edition of the rule catalogue that raised it.
 *
 * <p>Immutable and thread-safe. Text is not stored: {@link MessageRenderer} renders it late, in zh-CN or
 * en. Arguments never hold a full ID number or a name; {@link #toString()} shows no message text.
 */
public final class Issue {

    private static final long NO_LINE = -1;

    private final String ruleId;
    private final Severity severity;
    private final String path;
    private final long line;
    private final String recordId;
    private final Map<String, Object> arguments;
    private final String source;
    private final String edition;
    private final String position;

    private Issue(String ruleId, Severity severity, String path, long line, String recordId,
            Map<String, Object> arguments, String source, String edition) {
        this(ruleId, severity, path, line, recordId, arguments, source, edition, null);
    }

    private Issue(String ruleId, Severity severity, String path, long line, String recordId,
            Map<String, Object> arguments, String source, String edition, String position) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.path = path;
        this.line = line;
        this.recordId = recordId;
        this.arguments = arguments;
        this.source = source;
        this.edition = edition;
        this.position = position;
    }

    /**
     * Creates an issue without line and record id.
     *
     * @param ruleId    the rule id
     * @param severity  the severity in force
     * @param path      the field path, empty for the whole record
     * @param arguments the message arguments (copied; insertion order kept; no nulls)
     * @param source    the rule's source, document and clause
     * @param edition   the edition of the rule catalogue
     * @return the issue
     * @throws NullPointerException if any argument, key or value is null
     */
    public static Issue of(String ruleId, Severity severity, String path, Map<String, ?> arguments, String source,
            String edition) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(edition, "edition");
        return new Issue(ruleId, severity, path, NO_LINE, null, copy(arguments), source, edition);
    }

    private static Map<String, Object> copy(Map<String, ?> arguments) {
        if (arguments.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>(arguments.size() * 2);
        for (Map.Entry<String, ?> entry : arguments.entrySet()) {
            copy.put(Objects.requireNonNull(entry.getKey(), "argument name"),
                    Objects.requireNonNull(entry.getValue(), "argument value"));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the stable rule id.
     *
     * @return the rule id, for example {@code CERT.GRADE_MISMATCH}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the severity in force under the profile that raised the issue.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the field path, for example {@code certificate.grade}; empty for the whole record or line.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the line number of file input (1-based).
     *
     * @return the line, if known
     */
    public OptionalLong line() {
        return line == NO_LINE ? OptionalLong.empty() : OptionalLong.of(line);
    }

    /**
     * Returns the record id of the record concerned.
     *
     * @return the record id, if known
     */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    /**
     * Returns the message arguments by name, in a stable order. Values are strings, numbers, dates or code
     * enums; never a full ID number or a name.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> arguments() {
        return arguments;
    }

    /**
     * Returns the source of the rule: document and clause, or "SDK data-quality rule".
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns the edition of the rule catalogue that raised the issue.
     *
     * @return the edition
     */
    public String edition() {
        return edition;
    }

    /**
     * Returns a copy with a line number.
     *
     * @param lineNumber the 1-based line number
     * @return the copy
     * @throws IllegalArgumentException if the line number is below 1
     */
    public Issue withLine(long lineNumber) {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        return new Issue(ruleId, severity, path, lineNumber, recordId, arguments, source, edition, position);
    }

    /**
     * Returns a copy with a record id.
     *
     * @param id the record id
     * @return the copy
     */
    public Issue withRecordId(String id) {
        return new Issue(ruleId, severity, path, line, Objects.requireNonNull(id, "recordId"), arguments, source,
                edition, position);
    }

    /**
     * Returns where the issue is in a table-shaped input: a workbook cell such as {@code Sheet1!D17} (the
     * whole row: {@code Sheet1!17:17}), or a database table and row key such as {@code persons[记录编号=R1]!残疾等级}.
     * Absent for JSON Lines, where {@link #line()} says where.
     *
     * @return the position, if known
     */
    public Optional<String> position() {
        return Optional.ofNullable(position);
    }

    /**
     * Returns a copy with a position in a table-shaped input (see {@link #position()}).
     *
     * @param where the position, for example {@code Sheet1!D17}
     * @return the copy
     */
    public Issue withPosition(String where) {
        return new Issue(ruleId, severity, path, line, recordId, arguments, source, edition,
                Objects.requireNonNull(where, "position"));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Issue)) {
            return false;
        }
        Issue that = (Issue) other;
        return ruleId.equals(that.ruleId) && severity == that.severity && path.equals(that.path) && line == that.line
                && Objects.equals(recordId, that.recordId) && arguments.equals(that.arguments)
                && source.equals(that.source) && edition.equals(that.edition)
                && Objects.equals(position, that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, path, line, recordId, arguments, position);
    }

    /**
     * Returns rule id, severity, path, line, record id and arguments; never message text.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return severity + " " + ruleId + (path.isEmpty() ? "" : " at " + path)
                + (line == NO_LINE ? "" : " line " + line) + (position == null ? "" : " at " + position)
                + (recordId == null ? "" : " record " + recordId)
                + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
