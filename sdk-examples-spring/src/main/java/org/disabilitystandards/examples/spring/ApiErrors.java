package org.disabilitystandards.examples.spring;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

/**
 * Answers bad input with a 4xx and one JSON line {@code {"error": "..."}} that says what is wrong and where
 * (a JSON path), never echoing the rejected value, which may be personal data.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        String where = e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? " at " + path(jackson) : "";
        return error(HttpStatus.BAD_REQUEST, "the body is not one exchange record (JSON object of exchange format 1)"
                + where);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "parameter " + e.getName() + " is not valid"
                + ("asOf".equals(e.getName()) ? " (expected an ISO date such as 2025-06-30)" : ""));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "the multipart request needs the part " + e.getRequestPartName());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "the request needs the parameter " + e.getParameterName());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "the file is larger than the upload limit "
                + "(spring.servlet.multipart.max-file-size); validate it with the dsds command instead");
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> notMultipart(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "the request is not a readable multipart upload");
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported content type; send application/json for "
                + "/api/records and multipart/form-data for /api/files");
    }

    /** The field path of the exchange format ({@code certificate.grade}, {@code benefits[0].type}). */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
