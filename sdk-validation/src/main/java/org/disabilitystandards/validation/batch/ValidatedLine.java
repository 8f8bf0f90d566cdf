package org.disabilitystandards.validation.batch;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.validation.report.Issue;

/**
 * What {@link LineValidator} found on one non-blank line, the same facts that {@link ExchangeFileValidator}
 * keeps for a line between its workers and its emitting thread: the issues of the line itself (read
 * problems as FORMAT issues and rule findings, stamped with the line and record id), whether one of them
 * is an ERROR, the record read (if any) and the duplicate keys. Duplicates are not among the issues: they
 * depend on other lines, and the caller finds them with the keys (see
 * {@link LineValidator#duplicateIssue}). Immutable.
 *
 * <p>The keys identify a record id or a person without the text: equal texts have equal keys, and the key
 * of an 18-character ID number is exact (exchange format version 1, duplicates: {@code FORMAT.DUPLICATE_RECORD_ID}
 * and {@code FORMAT.DUPLICATE_PERSON}). They are personal data when the ID number is: keep them inside the
 * job.
 */
public final class ValidatedLine {

    private final long line;
    private final String recordId;
    private final long recordIdKey;
    private final long personKey;
    private final boolean error;
    private final List<Issue> issues;
    private final PersonRecord record;

    ValidatedLine(long line, String recordId, long recordIdKey, long personKey, boolean error, List<Issue> issues,
            PersonRecord record) {
        this.line = line;
        this.recordId = recordId;
        this.recordIdKey = recordIdKey;
        this.personKey = personKey;
        this.error = error;
        this.issues = List.copyOf(issues);
        this.record = record;
    }

    /**
     * Returns the 1-based position of the line in its input.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * Returns the record id, when it could be read even if the record could not.
     *
     * @return the record id, or empty
     */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    /**
     * Returns the duplicate key of the record id.
     *
     * @return a non-negative key, or empty without a readable record id
     */
    public OptionalLong recordIdKey() {
        return recordIdKey == BatchResult.NO_KEY ? OptionalLong.empty() : OptionalLong.of(recordIdKey);
    }

    /**
     * Returns the duplicate key of the person: of the ID number, converted to 18 characters where the profile
     * accepts 15-digit numbers, so that both numbers of one person are one person.
     *
     * @return a non-negative key, or empty without a readable ID number
     */
    public OptionalLong personKey() {
        return personKey == BatchResult.NO_KEY ? OptionalLong.empty() : OptionalLong.of(personKey);
    }

    /**
     * Returns whether one of the line's own issues is an ERROR.
     *
     * @return true if the record is invalid regardless of duplicates
     */
    public boolean hasError() {
        return error;
    }

    /**
     * Returns the line's own issues, in the order the file validator reports them.
     *
     * @return an unmodifiable list
     */
    public List<Issue> issues() {
        return issues;
    }

    /**
     * Returns the record read from the line.
     *
     * @return the record, or empty when the line could not be read into one
     */
    public Optional<PersonRecord> record() {
        return Optional.ofNullable(record);
    }

    @Override
    public String toString() {
        return "ValidatedLine{line=" + line + ", issues=" + issues.size() + ", error=" + error + "}";
    }
}
