package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/**
 * Describes a Jackson error by kind and place only: the path of the defined fields that lead to the problem,
 * never a value from the input and never the name of a field the format does not define (an unknown field
 * name can be anything a user typed, a name or an ID number included). Jackson's own messages quote values.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * Describes an error.
     *
     * @param e the error
     * @return a short description without input values
     */
    static String describe(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException)) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return "not valid JSON" + (line > 0 ? " (line " + line + ")" : "");
        }
        List<JsonMappingException.Reference> refs = ((JsonMappingException) e).getPath();
        if (e instanceof UnrecognizedPropertyException) {
            String parent = path(refs.subList(0, Math.max(0, refs.size() - 1)));
            return "a field the format does not define" + (parent.isEmpty() ? "" : " in " + parent);
        }
        String where = refs.isEmpty() ? "" : " at " + path(refs);
        if (e instanceof MismatchedInputException) {
            String message = String.valueOf(e.getOriginalMessage());
            return (message.startsWith("Missing required") ? "missing required field" : "wrong value or type")
                    + where;
        }
        return "wrong value" + where;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ConsoleText.masked(ref.getFieldName()));
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
