package org.disabilitystandards.core.json;

import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.id.Masking;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * The outcome of reading one line of an exchange file (exchange format version 1): the record if it
 * could be built, every {@link ReadProblem} found, and the raw {@code recordId} and {@code idNumber}
 * whenever they could be read, even when the record could not be built, so that issues can name the
 * record and duplicates can be detected. Immutable.
 *
 * <p>The raw ID number is personal data: never put it in a message; {@link #toString()} masks it.
 */
public final class RecordReadResult {

    private final Optional<PersonRecord> record;
    private final List<ReadProblem> problems;
    private final Optional<String> recordId;
    private final Optional<String> idNumber;

    RecordReadResult(PersonRecord record, List<ReadProblem> problems, String recordId, String idNumber) {
        this.record = Optional.ofNullable(record);
        this.problems = problems.isEmpty() ? List.of() : List.copyOf(problems);
        this.recordId = Optional.ofNullable(recordId);
        this.idNumber = Optional.ofNullable(idNumber);
    }

    /**
     * Returns the record.
     *
     * @return the record; empty if the line is malformed or a required field is missing or invalid
     */
    public Optional<PersonRecord> record() {
        return record;
    }

    /**
     * Returns the problems found, in the order met in the line.
     *
     * @return an immutable list, empty for a clean line
     */
    public List<ReadProblem> problems() {
        return problems;
    }

    /**
     * Returns the raw {@code recordId} if it could be read as a string.
     *
     * @return the record id, or empty
     */
    public Optional<String> recordId() {
        return recordId;
    }

    /**
     * Returns the raw {@code idNumber} if it could be read as a string. Personal data.
     *
     * @return the ID number as exchanged, or empty
     */
    public Optional<String> idNumber() {
        return idNumber;
    }

    /**
     * Returns a description with the ID number masked and without the name.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "RecordReadResult{record=" + (record.isPresent() ? "present" : "absent")
                + recordId.map(id -> ", recordId=" + id).orElse("")
                + idNumber.map(id -> ", idNumber=" + Masking.mask(id)).orElse("") + ", problems=" + problems + "}";
    }
}
