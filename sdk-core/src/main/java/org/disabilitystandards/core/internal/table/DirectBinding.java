package org.disabilitystandards.core.internal.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a well-formed table to its schema record without Jackson databind, which spends most of a table's
 * start-up cost building its reflective deserializers. It reads the same strict subset databind accepts in
 * {@link JsonBinding} (no unknown, duplicate or missing required fields, no coercion, no null for a value) for
 * the types the SDK's schemas use: records, strings, booleans, whole numbers, {@code double} and
 * {@code double[]}, enums by name, lists, sets, maps keyed by string or enum, and {@link JsonNode}.
 *
 * <p>It never reports a fault itself: whatever it does not bind with certainty (a fault, a check of a compact
 * constructor, a type or annotation it does not know) makes it answer {@code null}, and the caller binds the
 * document with databind, which reports the fault with its reason, pointer and line exactly as before. Where
 * both bind a document, the values are equal (collections of the same kinds as databind's: {@link ArrayList},
 * {@link HashSet}, {@link LinkedHashMap}); {@code DirectBindingTest} and the tests of the bundled tables
 * compare the two. Stateless and thread-safe; the reflective shapes of records live only as long as one call.
 */
public final class DirectBinding {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.";

    /** Thrown inside a call when the document is not bound here; never leaves this class. */
    private static final class NotBound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotBound() {
            super(null, null, false, false);
        }
    }

    /** The constructor and components of one record, found once per call. */
    private record Shape(Constructor<?> constructor, String[] names, Type[] types, boolean[] required,
            Map<String, Integer> index) {
    }

    /** Values read from JSON text (not converted from a tree, where a decimal's text is lost). */
    private final boolean fromText;
    private final Map<Class<?>, Shape> shapes = new HashMap<>();
    private final Set<Class<?>> plainEnums = new HashSet<>();

    private DirectBinding(boolean fromText) {
        this.fromText = fromText;
    }

    /**
     * Binds a UTF-8 JSON document to its schema record, as {@link TableLoader} does for bundled tables.
     *
     * @param bytes  the document
     * @param schema the record the document binds to
     * @param <T>    the schema
     * @return the bound document, or {@code null} if it is to be bound by databind (a fault or a type not known
     *         here)
     */
    public static <T> T read(byte[] bytes, Class<T> schema) {
        JsonNode tree;
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return null;
            }
            tree = node(parser, first);
            if (parser.nextToken() != null) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new DirectBinding(true).bindOrNull(tree, schema);
    }

    /**
     * Binds a part of a table assembled in code, a map of field names to JSON values, to its schema record, as
     * {@link TableLoader#bindPart} does.
     *
     * @param part   the part
     * @param schema the record the part binds to
     * @param <T>    the schema
     * @return the bound part, or {@code null} if it is to be bound by databind
     */
    public static <T> T convert(Object part, Class<T> schema) {
        if (!(part instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name) || !(entry.getValue() instanceof JsonNode value)) {
                return null;
            }
            fields.put(name, value);
        }
        return new DirectBinding(false).bindOrNull(new ObjectNode(NODES, fields), schema);
    }

    private <T> T bindOrNull(JsonNode tree, Class<T> schema) {
        try {
            return schema.cast(bind(tree, schema));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A tree of the node kinds databind's tree reader builds; a duplicate field is not bound here. */
    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    if (object.replace(name, node(parser, parser.nextToken())) != null) {
                        throw new NotBound();
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(node(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new NotBound();
        }
    }

    private Object bind(JsonNode node, Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == List.class) {
                return elements(node, arguments[0], new ArrayList<>());
            }
            if (raw == Set.class) {
                return elements(node, arguments[0], new HashSet<>());
            }
            if (raw == Map.class) {
                return entries(node, arguments[0], arguments[1]);
            }
            throw new NotBound();
        }
        if (!(type instanceof Class<?> c)) {
            throw new NotBound();
        }
        if (c == JsonNode.class) {
            return node;
        }
        if (c == String.class && node.isTextual()) {
            return node.textValue();
        }
        if ((c == int.class || c == Integer.class) && node.isInt()) {
            return node.intValue();
        }
        if ((c == long.class || c == Long.class) && (node.isInt() || node.isLong())) {
            return node.longValue();
        }
        if ((c == double.class || c == Double.class) && (node.isDouble() || node.isInt())) {
            return node.doubleValue();
        }
        if ((c == boolean.class || c == Boolean.class) && node.isBoolean()) {
            return node.booleanValue();
        }
        if (c == BigDecimal.class && !fromText && (node.isDouble() || node.isInt() || node.isLong())) {
            return node.isDouble() ? BigDecimal.valueOf(node.doubleValue()) : BigDecimal.valueOf(node.longValue());
        }
        if (c == double[].class && node.isArray()) {
            double[] values = new double[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (Double) bind(node.get(i), double.class);
            }
            return values;
        }
        if (c.isEnum() && node.isTextual()) {
            return constant(c, node.textValue());
        }
        if (c.isRecord() && node.isObject()) {
            return record(node, c);
        }
        throw new NotBound();
    }

    private Collection<Object> elements(JsonNode node, Type element, Collection<Object> into) {
        if (!node.isArray()) {
            throw new NotBound();
        }
        for (JsonNode value : node) {
            into.add(bind(value, element));
        }
        return into;
    }

    private Map<Object, Object> entries(JsonNode node, Type key, Type value) {
        if (!node.isObject()) {
            throw new NotBound();
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Object name;
            if (key == String.class) {
                name = entry.getKey();
            } else if (key instanceof Class<?> c && c.isEnum()) {
                name = constant(c, entry.getKey());
            } else {
                throw new NotBound();
            }
            map.put(name, bind(entry.getValue(), value));
        }
        return map;
    }

    /** The constant of this name, if databind reads the enum by its constants' names alone. */
    private Object constant(Class<?> type, String name) {
        if (!plainEnums.contains(type)) {
            if (jacksonAnnotated(type.getDeclaredAnnotations()) || jacksonAnnotated(type.getDeclaredFields())
                    || jacksonAnnotated(type.getDeclaredMethods())) {
                throw new NotBound();
            }
            plainEnums.add(type);
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new NotBound();
    }

    private Object record(JsonNode node, Class<?> type) {
        Shape shape = shapes.computeIfAbsent(type, DirectBinding::shape);
        Object[] values = new Object[shape.names().length];
        boolean[] seen = new boolean[values.length];
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Integer at = shape.index().get(field.getKey());
            if (at == null || field.getValue().isNull()) {
                throw new NotBound();
            }
            values[at] = bind(field.getValue(), shape.types()[at]);
            seen[at] = true;
        }
        for (int i = 0; i < values.length; i++) {
            if (!seen[i] && (shape.required()[i] || shape.types()[i] instanceof Class<?> c && c.isPrimitive())) {
                throw new NotBound();
            }
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new NotBound();
        }
    }

    /**
     * The canonical constructor and components of a record, if databind would bind it by them alone: no Jackson
     * annotation on the record, and on its components only {@code @JsonProperty} without a different name.
     */
    private static Shape shape(Class<?> type) {
        if (jacksonAnnotated(type.getDeclaredAnnotations())) {
            throw new NotBound();
        }
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        Type[] types = new Type[components.length];
        Class<?>[] raw = new Class<?>[components.length];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            types[i] = components[i].getGenericType();
            raw[i] = components[i].getType();
            index.put(names[i], i);
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(raw);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new NotBound();
        }
        boolean[] required = new boolean[components.length];
        Annotation[][] annotations = constructor.getParameterAnnotations();
        for (int i = 0; i < components.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof com.fasterxml.jackson.annotation.JsonProperty property
                        && (property.value().isEmpty() || property.value().equals(names[i]))
                        && property.access() == com.fasterxml.jackson.annotation.JsonProperty.Access.AUTO
                        && property.defaultValue().isEmpty()) {
                    required[i] = property.required();
                } else if (annotation.annotationType().getName().startsWith(JACKSON_ANNOTATIONS)) {
                    throw new NotBound();
                }
            }
        }
        return new Shape(constructor, names, types, required, index);
    }

    private static boolean jacksonAnnotated(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().startsWith(JACKSON_ANNOTATIONS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jacksonAnnotated(AccessibleObject[] members) {
        for (AccessibleObject member : members) {
            if (jacksonAnnotated(member.getDeclaredAnnotations())) {
                return true;
            }
        }
        return false;
    }
}
