package org.disabilitystandards.core.internal.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * The one loader of the SDK's data tables, bundled or supplied by an embedder. A JSON table is bound to its
 * schema, a record whose required components carry {@code @JsonProperty(required = true)} and whose compact
 * constructor checks the invariants of one row; a line table (CSV, properties) is read line by line with its
 * {@code # key: value} provenance comments. Semantic checks over the whole table then run in the table's own
 * code and raise {@link TableProblem}. Every failure becomes one {@link TableException} naming the table, its
 * edition and the position. Thread-safe; nothing is cached here (tables cache themselves, lazily).
 */
public final class TableLoader {

    private TableLoader() {
    }

    /**
     * Returns the name a bundled resource is reported under: its class-path location.
     *
     * @param anchor   the class whose package the resource is in
     * @param resource the resource's file name
     * @return the name, e.g. {@code org/disabilitystandards/core/convert/benefit-equivalences.json}
     */
    public static String bundledName(Class<?> anchor, String resource) {
        return anchor.getPackageName().replace('.', '/') + '/' + resource;
    }

    /**
     * Reads and builds a bundled JSON table. A well-formed table is bound without Jackson databind
     * ({@link DirectBinding}), which costs a good part of the command line's start-up; a table that is not
     * bound there is bound by databind, which reports its fault as {@link #json} does.
     *
     * @param anchor   the class whose package holds the resource
     * @param resource the resource's file name
     * @param schema   the record the document binds to
     * @param edition  the document's edition
     * @param build    builds the table from the document, raising {@link TableProblem} on a semantic fault
     * @param <T>      the schema
     * @param <R>      the table
     * @return the table
     * @throws TableException if the resource is missing or the table is invalid
     */
    public static <T, R> R bundledJson(Class<?> anchor, String resource, Class<T> schema,
            Function<? super T, String> edition, Function<? super T, ? extends R> build) {
        String table = bundledName(anchor, resource);
        byte[] bytes;
        try (InputStream in = open(anchor, resource)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(table, e);
        }
        T direct = DirectBinding.read(bytes, schema);
        T document = direct != null ? direct : JsonBinding.read(table, bytes, schema);
        return check(table, edition.apply(document), () -> build.apply(document));
    }

    /**
     * Reads and builds a JSON table from a stream (not closed).
     *
     * @param table   the table's name for messages (a resource or file name)
     * @param in      the UTF-8 JSON stream
     * @param schema  the record the document binds to
     * @param edition the document's edition
     * @param build   builds the table from the document, raising {@link TableProblem} on a semantic fault
     * @param <T>     the schema
     * @param <R>     the table
     * @return the table
     * @throws TableException if the stream cannot be read or the table is invalid
     */
    public static <T, R> R json(String table, InputStream in, Class<T> schema, Function<? super T, String> edition,
            Function<? super T, ? extends R> build) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(table, e);
        }
        T document = JsonBinding.read(table, bytes, schema);
        return check(table, edition.apply(document), () -> build.apply(document));
    }

    /**
     * One bound line of a JSON Lines table.
     *
     * @param line  the 1-based line number
     * @param value the bound value
     * @param <C>   the schema
     */
    public record JsonLine<C>(int line, C value) {
    }

    /**
     * Reads a JSON Lines table: a header object on the first non-blank line, then one row object per
     * non-blank line.
     *
     * @param table        the table's name for messages
     * @param in           the UTF-8 stream (not closed)
     * @param headerSchema the record the header binds to
     * @param edition      the header's edition
     * @param rowSchema    the record every row binds to
     * @param build        builds the table, raising {@link TableProblem} (e.g. {@link TableProblem#atLine})
     * @param <H>          the header schema
     * @param <C>          the row schema
     * @param <R>          the table
     * @return the table
     * @throws TableException if the stream cannot be read or the table is invalid (names the line)
     */
    public static <H, C, R> R jsonLines(String table, InputStream in, Class<H> headerSchema,
            Function<? super H, String> edition, Class<C> rowSchema,
            BiFunction<? super H, List<JsonLine<C>>, ? extends R> build) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        H header = null;
        String headerEdition = null;
        List<JsonLine<C>> rows = new ArrayList<>();
        int number = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = jsonLine(table, null, number, line, headerSchema);
                    headerEdition = edition.apply(header);
                } else {
                    rows.add(new JsonLine<>(number, jsonLine(table, headerEdition, number, line, rowSchema)));
                }
            }
        } catch (IOException e) {
            throw unreadable(table, e);
        }
        if (header == null) {
            throw new TableException(table, null, "", 0, Reason.MALFORMED, "no header line", null);
        }
        H bound = header;
        return check(table, headerEdition, () -> build.apply(bound, List.copyOf(rows)));
    }

    /**
     * Binds one JSON value (a line of a JSON Lines table) to its schema.
     *
     * @param table   the table's name for messages
     * @param edition the table's edition, or {@code null}
     * @param line    the 1-based line the value is on
     * @param text    the JSON text of the line
     * @param schema  the record the value binds to
     * @param <T>     the schema
     * @return the bound value
     * @throws TableException if the value does not fit the schema
     */
    public static <T> T jsonLine(String table, String edition, int line, String text, Class<T> schema) {
        return JsonBinding.readLine(table, edition, line, text, schema);
    }

    /**
     * Binds a part of a table assembled in code (e.g. a profile's parameters merged with its base's) to its
     * schema, during a table's semantic step.
     *
     * @param part    the part, as maps, lists and JSON values
     * @param schema  the record the part binds to
     * @param pointer the JSON pointer of the part in its table, prefixed to the fault's
     * @param <T>     the schema
     * @return the bound part
     * @throws TableProblem if the part does not fit the schema
     */
    public static <T> T bindPart(Object part, Class<T> schema, String pointer) {
        T direct = DirectBinding.convert(part, schema);
        return direct != null ? direct : JsonBinding.convert(part, schema, pointer);
    }

    /**
     * Binds a JSON document to its schema with Jackson databind alone, the reference the bundled tables'
     * binding ({@link DirectBinding#read}) is tested against.
     *
     * @param table  the table's name for messages
     * @param bytes  the UTF-8 document
     * @param schema the record the document binds to
     * @param <T>    the schema
     * @return the bound document
     * @throws TableException if the document does not fit the schema
     */
    public static <T> T databindJson(String table, byte[] bytes, Class<T> schema) {
        return JsonBinding.read(table, bytes, schema);
    }

    /**
     * Binds a part of a table with Jackson databind alone, the reference {@link #bindPart}'s binding
     * ({@link DirectBinding#convert}) is tested against.
     *
     * @param part    the part, as maps, lists and JSON values
     * @param schema  the record the part binds to
     * @param pointer the JSON pointer of the part in its table
     * @param <T>     the schema
     * @return the bound part
     * @throws TableProblem if the part does not fit the schema
     */
    public static <T> T databindPart(Object part, Class<T> schema, String pointer) {
        return JsonBinding.convert(part, schema, pointer);
    }

    /**
     * Runs the semantic checks of a table, turning a {@link TableProblem} into a {@link TableException}.
     *
     * @param table   the table's name
     * @param edition the table's edition
     * @param build   the checks and construction
     * @param <R>     the table
     * @return the table
     * @throws TableException on a semantic fault
     */
    public static <R> R check(String table, String edition, Supplier<? extends R> build) {
        try {
            return build.get();
        } catch (TableProblem problem) {
            throw exception(table, edition, "", problem);
        }
    }

    /**
     * Reads a line table (UTF-8 CSV with {@code # key: value} provenance comments and a fixed header).
     *
     * @param table  the table's name for messages
     * @param in     the stream (not closed)
     * @param header the exact header row
     * @param rows   receives the rows and builds the table
     * @param <R>    the table
     * @return the table
     * @throws TableException if the stream cannot be read or the table is invalid
     */
    public static <R> R lines(String table, InputStream in, String header, LineTable.Handler<R> rows) {
        return lines(table, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))::readLine, header,
                rows);
    }

    private static <R> R lines(String table, LineTable.Lines source, String header, LineTable.Handler<R> rows) {
        LineTable reader = new LineTable(header);
        try {
            return reader.read(source, rows);
        } catch (IOException e) {
            throw unreadable(table, e);
        } catch (TableProblem problem) {
            throw exception(table, reader.edition(), "", problem);
        }
    }

    /**
     * Reads a bundled line table.
     *
     * @param anchor   the class whose package holds the resource
     * @param resource the resource's file name
     * @param header   the exact header row
     * @param rows     receives the rows and builds the table
     * @param <R>      the table
     * @return the table
     * @throws TableException if the resource is missing or the table is invalid
     */
    public static <R> R bundledLines(Class<?> anchor, String resource, String header, LineTable.Handler<R> rows) {
        String table = bundledName(anchor, resource);
        String text;
        try (InputStream in = open(anchor, resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(table, e);
        }
        return lines(table, LineTable.lines(text), header, rows);
    }

    /**
     * Reads a bundled properties table (UTF-8, {@code # Edition: ...} comment).
     *
     * @param anchor   the class whose package holds the resource
     * @param resource the resource's file name
     * @return the table
     * @throws TableException if the resource is missing or malformed
     */
    public static PropertiesTable bundledProperties(Class<?> anchor, String resource) {
        String table = bundledName(anchor, resource);
        String text;
        try (InputStream in = open(anchor, resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(table, e);
        }
        String edition = LineTable.commentValue(text, "edition");
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new TableException(table, edition, "", 0, Reason.MALFORMED, "not a properties file", e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return new PropertiesTable(table, edition, entries);
    }

    /**
     * Opens a bundled resource.
     *
     * @param anchor   the class whose package holds the resource
     * @param resource the resource's file name
     * @return the stream, to be closed by the caller
     * @throws TableException if the resource is missing
     */
    public static InputStream open(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new TableException(bundledName(anchor, resource), null, "", 0, Reason.MISSING_RESOURCE,
                    "the resource is not on the class path", null);
        }
        return in;
    }

    static TableException unreadable(String table, IOException e) {
        return new TableException(table, null, "", 0, Reason.UNREADABLE, "cannot be read", e);
    }

    static TableException exception(String table, String edition, String base, TableProblem problem) {
        String location = base.isEmpty() ? problem.location()
                : problem.location().isEmpty() ? base
                : problem.location().startsWith("/") ? base + problem.location() : base + ", " + problem.location();
        return new TableException(table, edition, location, problem.line(), problem.reason(), problem.detail(),
                null);
    }
}
