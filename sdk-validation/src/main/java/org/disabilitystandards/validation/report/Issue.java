package org.disabilitystandards.validation.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One finding of the validation: the stable rule id (for example {@code ID.CHECKSUM}), the severity in
 * force, the field path ({@code certificate.grade}, {@code assessments[0].measurements.iq}; empty for the
 * whole record or line), the message arguments, the rule's source (document and clause), the edition of the
 * rule catalogue that raised it, and where known the line number, the record id and the position in a
 * workbook or database table.
 *
 * <p>An immutable, thread-safe value: equal issues have equal components. Text is not stored:
 * {@link MessageRenderer} renders it late, in zh-CN or en, from the rule id (the message key) and the
 * arguments. Arguments follow one convention everywhere (the rule's key plus positional values in the order
 * of the rule's argument names, {@link #ofPositional}); they never hold a full ID number or a name, and
 * {@link #toString()} shows no message text.
 *
 * @param ruleId    the stable rule id, for example {@code CERT.GRADE_MISMATCH}
 * @param severity  the severity in force under the profile that raised the issue
 * @param path      the field path, for example {@code certificate.grade}; empty for the whole record or line
 * @param line      the 1-based line number of file input, if known
 * @param recordId  the record id of the record concerned, if known
 * @param arguments the message arguments by name, in the rule's order, unmodifiable; values are strings,
 *                  numbers, dates or code enums
 * @param source    the source of the rule: document and clause, or "SDK data-quality rule"
 * @param edition   the edition of the rule catalogue that raised the issue
 * @param position  where the issue is in a table-shaped input: a workbook cell such as {@code Sheet1!D17}
 *                  (the whole row: {@code Sheet1!17:17}), or a database table and row key such as
 *                  {@code persons[记录编号=R1]!残疾等级}; absent for JSON Lines, where {@link #line()} says where
 */
public record Issue(String ruleId, Severity severity, String path, OptionalLong line, Optional<String> recordId,
        Map<String, Object> arguments, String source, String edition, Optional<String> position) {

    /**
     * Checks the components and takes an unmodifiable copy of the arguments.
     *
     * @param ruleId    the ruleId component
     * @param severity  the severity component
     * @param path      the path component
     * @param line      the line component
     * @param recordId  the recordId component
     * @param arguments the arguments component
     * @param source    the source component
     * @param edition   the edition component
     * @param position  the position component
     * @throws NullPointerException     if a component, an argument name or an argument value is null
     * @throws IllegalArgumentException if the line is present and below 1
     */
    public Issue {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(position, "position");
        if (line.isPresent() && line.getAsLong() < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        arguments = copy(arguments);
    }

    /**
     * Creates an issue without line and record id from the rule's key and positional argument values: the
     * one message-argument convention of the SDK (a key plus arguments, as YAVI's
     * {@code ViolationMessage}).
     *
     * @param ruleId         the rule id
     * @param severity       the severity in force
     * @param path           the field path, empty for the whole record
     * @param source         the rule's source, document and clause
     * @param edition        the edition of the rule catalogue
     * @param argumentNames  the rule's argument names
     * @param argumentValues one value per name, in the same order (the array is taken over, not copied)
     * @return the issue
     * @throws NullPointerException     if any argument, name or value is null
     * @throws IllegalArgumentException if the number of values differs from the number of names
     */
    public static Issue ofPositional(String ruleId, Severity severity, String path, String source, String edition,
            List<String> argumentNames, Object... argumentValues) {
        return new Issue(ruleId, severity, path, OptionalLong.empty(), Optional.empty(),
                IssueArguments.of(argumentNames, argumentValues), source, edition, Optional.empty());
    }

    /**
     * Creates an issue without line and record id from named arguments.
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
        return new Issue(ruleId, severity, path, OptionalLong.empty(), Optional.empty(),
                Collections.unmodifiableMap(arguments), source, edition, Optional.empty());
    }

    private static Map<String, Object> copy(Map<String, ?> arguments) {
        if (arguments instanceof IssueArguments own) {
            return own;
        }
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
     * Returns a copy with a line number.
     *
     * @param lineNumber the 1-based line number
     * @return the copy
     * @throws IllegalArgumentException if the line number is below 1
     */
    public Issue withLine(long lineNumber) {
        return new Issue(ruleId, severity, path, OptionalLong.of(lineNumber), recordId, arguments, source, edition,
                position);
    }

    /**
     * Returns a copy with a record id.
     *
     * @param id the record id
     * @return the copy
     */
    public Issue withRecordId(String id) {
        return new Issue(ruleId, severity, path, line, Optional.of(id), arguments, source, edition, position);
    }

    /**
     * Returns a copy with a position in a table-shaped input (see {@link #position()}).
     *
     * @param where the position, for example {@code Sheet1!D17}
     * @return the copy
     */
    public Issue withPosition(String where) {
        return new Issue(ruleId, severity, path, line, recordId, arguments, source, edition, Optional.of(where));
    }

    /**
     * Returns rule id, severity, path, line, position, record id and arguments; never message text.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return severity + " " + ruleId + (path.isEmpty() ? "" : " at " + path)
                + (line.isEmpty() ? "" : " line " + line.getAsLong()) + position.map(p -> " at " + p).orElse("")
                + recordId.map(r -> " record " + r).orElse("") + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
