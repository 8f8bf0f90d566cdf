package org.disabilitystandards.core.internal.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * The JSON half of {@link TableLoader}: strict binding of a document to its schema record, and the translation of
 * Jackson's errors into {@link TableException}s with a JSON pointer. Kept apart so that line and properties tables
 * (the division codes, the code names) load without initialising Jackson.
 */
final class JsonBinding {

    /** Strict binding: no coercion, no unknown or duplicate fields, no nulls standing for values. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final String MISSING_CREATOR = "Missing required creator property '";

    private JsonBinding() {
    }

    static <T> T read(String table, byte[] bytes, Class<T> schema) {
        try {
            return MAPPER.readValue(bytes, schema);
        } catch (JsonProcessingException e) {
            throw translate(table, declaredEdition(bytes), e);
        } catch (IOException e) {
            throw TableLoader.unreadable(table, e);
        } catch (TableProblem problem) {
            throw TableLoader.exception(table, declaredEdition(bytes), "", problem);
        }
    }

    static <T> T readLine(String table, String edition, int line, String text, Class<T> schema) {
        try {
            return MAPPER.readValue(text, schema);
        } catch (JsonProcessingException e) {
            TableException inLine = translate(table, edition, e);
            throw new TableException(table, edition, "line " + line + (inLine.location().isEmpty() ? ""
                    : ", " + inLine.location()), line, inLine.reason(), inLine.detail(), e);
        } catch (TableProblem problem) {
            throw TableLoader.exception(table, edition, "line " + line, problem);
        }
    }

    static <T> T convert(Object part, Class<T> schema, String pointer) {
        try {
            return MAPPER.convertValue(part, schema);
        } catch (TableProblem problem) {
            throw TableProblem.at(pointer + problem.location(), problem.reason(), problem.detail());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                TableException translated = translate("", null, cause);
                throw TableProblem.at(pointer + translated.location(), translated.reason(), translated.detail());
            }
            throw TableProblem.at(pointer, Reason.INVALID_VALUE, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The edition a document declares in a top-level {@code edition} or {@code version} field, read as far as
     * the text is well-formed (a broken table still names its edition when the fault comes after it).
     */
    private static String declaredEdition(byte[] bytes) {
        String edition = null;
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (depth == 1 && token == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value.isStructStart()) {
                        depth++;
                    } else if (value.isScalarValue() && (name.equals("edition")
                            || name.equals("version") && edition == null)) {
                        edition = parser.getText();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return edition;
        }
        return edition;
    }

    private static TableException translate(String table, String edition, JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        StreamReadException syntax = syntaxIn(e);
        if (syntax != null) {
            return syntax(table, edition, syntax);
        }
        if (e instanceof JsonMappingException mapping) {
            String pointer = pointer(mapping.getPath());
            TableProblem problem = problemIn(e);
            if (problem != null) {
                return TableLoader.exception(table, edition, pointer, problem);
            }
            Reason reason;
            String detail;
            if (e instanceof UnrecognizedPropertyException unknown) {
                reason = Reason.UNKNOWN_FIELD;
                detail = "unknown field " + unknown.getPropertyName() + " (known: " + known(unknown) + ")";
            } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                reason = Reason.UNKNOWN_CODE;
                detail = "not a code of " + format.getTargetType().getSimpleName();
            } else if (e instanceof MismatchedInputException mismatch && missingField(mismatch) != null) {
                String field = missingField(mismatch);
                reason = Reason.MISSING_FIELD;
                pointer = pointer.endsWith('/' + escape(field)) ? pointer : pointer + '/' + escape(field);
                detail = "missing field " + field;
            } else if (e instanceof MismatchedInputException mismatch && !String.valueOf(
                    mismatch.getOriginalMessage()).startsWith("Trailing token")) {
                reason = Reason.WRONG_TYPE;
                detail = "expected " + describe(mismatch.getTargetType());
            } else if (e instanceof ValueInstantiationException) {
                reason = Reason.INVALID_VALUE;
                Throwable cause = e.getCause() == null ? e : e.getCause();
                detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            } else {
                reason = Reason.MALFORMED;
                detail = "not well-formed JSON";
            }
            return new TableException(table, edition, pointer, line, reason, detail, e);
        }
        return new TableException(table, edition, "", line, Reason.MALFORMED, "not well-formed JSON", e);
    }

    private static StreamReadException syntaxIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && !(t instanceof MismatchedInputException)) {
                return read;
            }
        }
        return null;
    }

    private static TableException syntax(String table, String edition, StreamReadException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String pointer = "";
        if (e.getProcessor() != null) {
            JsonParser parser = e.getProcessor();
            pointer = parser.getParsingContext().pathAsPointer().toString();
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field '")) {
            int end = message.indexOf('\'', "Duplicate field '".length());
            String field = end < 0 ? "?" : message.substring("Duplicate field '".length(), end);
            String at = pointer.endsWith('/' + escape(field)) ? pointer : pointer + '/' + escape(field);
            return new TableException(table, edition, at, line, Reason.DUPLICATE_KEY,
                    "field " + field + " appears twice", e);
        }
        return new TableException(table, edition, pointer, line, Reason.MALFORMED, "not well-formed JSON", e);
    }

    private static TableProblem problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TableProblem problem) {
                return problem;
            }
        }
        return null;
    }

    private static String missingField(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith(MISSING_CREATOR)) {
            int end = message.indexOf('\'', MISSING_CREATOR.length());
            return end < 0 ? "?" : message.substring(MISSING_CREATOR.length(), end);
        }
        return null;
    }

    private static String known(UnrecognizedPropertyException e) {
        Collection<Object> ids = e.getKnownPropertyIds();
        return ids == null ? "" : String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "a code of " + type.getSimpleName();
        }
        return "an object";
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(escape(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
