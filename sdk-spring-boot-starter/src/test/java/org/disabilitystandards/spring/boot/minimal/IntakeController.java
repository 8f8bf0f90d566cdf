package org.disabilitystandards.spring.boot.minimal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.spring.boot.IssueMessages;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The minimal application's API: records in, reports out, and a request checked with {@code @Valid}. */
// [controller]
@RestController
class IntakeController {

    private final RecordValidator validator;     // the starter's bean, profile qinghai
    private final IssueMessages messages;        // renders in the request's Accept-Language

    IntakeController(RecordValidator validator, IssueMessages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** Jackson 3 reads the PersonRecord (the starter registered the SDK module on Boot's JsonMapper). */
    @PostMapping("/records")
    List<String> check(@RequestBody PersonRecord record, @RequestParam("asOf") LocalDate asOf) {
        ValidationReport report = validator.validate(record, asOf);
        return report.issues().stream().map(i -> i.ruleId() + ": " + messages.render(i)).toList();
    }

    /** ... and writes it back, in the exchange format. */
    @PostMapping("/records/echo")
    PersonRecord echo(@RequestBody PersonRecord record) {
        return record;
    }

    /** A violation never reaches this method: Spring answers 400. */
    @PostMapping("/certificates")
    void register(@Valid @RequestBody CertificateRequest request) {
    }

    /** The constraint messages, in the request's locale (never the rejected value). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(MethodArgumentNotValidException e) {
        return Map.of("message", e.getBindingResult().getAllErrors().get(0).getDefaultMessage());
    }
}
// [/controller]
