package org.disabilitystandards.examples.spring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.report.IndicatorHtmlRenderer;
import org.disabilitystandards.spring.boot.IssueMessages;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API: {@code POST /api/records} validates one record (JSON body) and answers its report;
 * {@code POST /api/files} validates an uploaded exchange file (JSON Lines or CSV) and streams the issues and
 * then the batch summary as one JSON object; {@code POST /api/indicators} answers the indicator report of
 * a file as an HTML page. Messages are in the request's {@code Accept-Language} (zh-CN or en). No response
 * contains an ID number or a name: issues carry the line, record id, rule, path and message only.
 */
@RestController
class ValidationApi {

    private static final String ISO_DATE = "yyyy-MM-dd";

    private final ProfileValidators validators;
    private final IssueMessages messages;
    private final JsonMapper json;

    ValidationApi(ProfileValidators validators, IssueMessages messages, JsonMapper json) {
        this.validators = validators;
        this.messages = messages;
        this.json = json;
    }

    /** The profiles a request may choose, the default first. */
    @GetMapping("/api/profiles")
    Map<String, Object> profiles() {
        return Map.of("profiles", validators.names());
    }

    /** Validates one record, read by Jackson 3 through the starter's module. */
    @PostMapping(path = "/api/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    void record(@RequestBody PersonRecord record, @RequestParam(name = "profile", required = false) String profile,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = ISO_DATE) LocalDate asOf,
            HttpServletResponse response) throws IOException {
        RecordValidator validator = validators.validator(profile);
        LocalDate date = validators.asOf(asOf);
        ValidationReport report = validator.validate(record, date);
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringProperty("profile", validator.profile().name());
            out.writeStringProperty("asOf", date.toString());
            out.writeStringProperty("recordId", record.recordId());
            out.writeNumberProperty("errors", report.count(Severity.ERROR));
            out.writeNumberProperty("warnings", report.count(Severity.WARNING));
            out.writeNumberProperty("infos", report.count(Severity.INFO));
            out.writeArrayPropertyStart("issues");
            for (Issue issue : report.issues()) {
                IssueJson.write(out, issue, messages.render(issue, locale));
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /**
     * Validates an uploaded file, streaming: each issue is written as the validator reports it, so memory
     * stays flat for files of millions of lines; the summary follows the issues. {@code maxIssues} caps the
     * issues written (the summary always counts them all).
     */
    @PostMapping(path = "/api/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    void file(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "profile", required = false) String profile,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = ISO_DATE) LocalDate asOf,
            @RequestParam(name = "format", defaultValue = "jsonl") String format,
            @RequestParam(name = "maxIssues", defaultValue = "" + Long.MAX_VALUE) long maxIssues,
            HttpServletResponse response) throws IOException {
        InputFormat inputFormat = format(format);
        if (maxIssues < 0) {
            throw new BadRequestException("maxIssues must not be negative");
        }
        RecordValidator validator = validators.validator(profile);
        LocalDate date = validators.asOf(asOf);
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream body = response.getOutputStream();
        try (InputStream in = file.getInputStream(); JsonGenerator out = json.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringProperty("profile", validator.profile().name());
            out.writeStringProperty("asOf", date.toString());
            out.writeStringProperty("format", inputFormat.name());
            out.writeArrayPropertyStart("issues");
            IssueStream issues = new IssueStream(out, messages, locale, maxIssues);
            BatchSummary summary = validators.fileValidator(profile, date).validate(in, inputFormat, issues);
            out.writeEndArray();
            out.writeBooleanProperty("issuesTruncated", issues.truncated());
            out.writeName("summary");
            SummaryJson.write(out, summary);
            out.writeEndObject();
        }
    }

    /** The indicator report (Qinghai targets) of an uploaded file, as a self-contained HTML page. */
    @PostMapping(path = "/api/indicators", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    void indicators(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "profile", required = false) String profile,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(pattern = ISO_DATE) LocalDate asOf,
            @RequestParam(name = "format", defaultValue = "jsonl") String format,
            HttpServletResponse response) throws IOException {
        InputFormat inputFormat = format(format);
        LocalDate date = validators.asOf(asOf);
        IndicatorAccumulator accumulator = IndicatorCalculator.of(IndicatorProfile.byName("qinghai")).start(date);
        BatchSummary summary;
        try (InputStream in = file.getInputStream()) {
            summary = validators.fileValidator(profile, date).validate(in, inputFormat, new BatchListener() {
                @Override
                public void onRecord(long line, PersonRecord record) {
                    accumulator.accept(record);
                }
            });
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        IndicatorHtmlRenderer.bundled().render(accumulator.report().withIssueCounts(summary.rules()),
                response.getWriter());
    }

    private static InputFormat format(String format) {
        switch (format) {
            case "jsonl":
                return InputFormat.JSON_LINES;
            case "csv":
                return InputFormat.CSV;
            default:
                throw new BadRequestException("format must be jsonl or csv");
        }
    }
}
