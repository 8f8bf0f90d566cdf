package org.disabilitystandards.validation.batch;

import java.util.List;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.model.PersonRecord;

/**
 * The outcome of reading one line, whichever the flavour: the record if it could be built (else null),
 * the read problems, and the raw record id and ID number when they could be read (else null). A mutable
 * holder reused line after line by one worker, so that reading allocates nothing of its own per line.
 */
final class ParsedLine {

    PersonRecord record;
    List<ReadProblem> problems = List.of();
    String recordId;
    String idNumber;

    void set(PersonRecord parsedRecord, List<ReadProblem> readProblems, String parsedRecordId,
            String parsedIdNumber) {
        record = parsedRecord;
        problems = readProblems;
        recordId = parsedRecordId;
        idNumber = parsedIdNumber;
    }
}
