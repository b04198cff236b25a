package io.griddle.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.Default;
import io.griddle.Field;
import io.griddle.binding.Defaults;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Java types as JSON Schema 2020-12, the way Pydantic writes its models: records and enums become named schemas in
 * {@code components/schemas} referred to by {@code $ref}, every record property has a title ({@code item_id} is
 * "Item Id"), {@code Optional<T>} is {@code anyOf: [T, {"type": "null"}]} and Jakarta constraints become
 * {@code minLength}, {@code minimum}, {@code exclusiveMinimum}, {@code pattern}...
 *
 * <pre>{@code
 * SchemaGenerator schemas = new SchemaGenerator();
 * schemas.schema(Item.class, List.of());          // {"$ref": "#/components/schemas/Item"}
 * schemas.components();                           // {"Item": {"type": "object", "properties": {...}, ...}}
 * }</pre>
 */
public final class SchemaGenerator {

    static final String REF = "#/components/schemas/";

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    /** The named schemas made so far, sorted by name. */
    public Map<String, Object> components() {
        return components;
    }

    /** Adds a named schema built elsewhere ({@code HTTPValidationError}, a {@code Body_...} object). */
    public void define(String name, Map<String, Object> schema) {
        components.put(name, schema);
    }

    /** The schema of a type, with the constraints of the parameter or component that has it. */
    public Map<String, Object> schema(Type type, List<Annotation> constraints) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            List<Object> anyOf = List.of(schema(argument(type, 0), constraints), Map.of("type", "null"));
            return object("anyOf", anyOf);
        }
        Map<String, Object> schema = plain(type, raw);
        if (!constraints.isEmpty() && !schema.containsKey("$ref")) {
            constrain(schema, constraints);
        }
        return schema;
    }

    private Map<String, Object> plain(Type type, Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return object("type", "string");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class) {
            return object("type", "integer");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return object("type", "number");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return object("type", "boolean");
        }
        if (raw == URI.class) {
            return object("type", "string", "format", "uri", "minLength", 1);
        }
        String format = format(raw);
        if (format != null) {
            return object("type", "string", "format", format);
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            Map<String, Object> array = object("type", "array", "items", schema(argument(type, 0), List.of()));
            if (raw == Set.class) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (raw.isArray() && raw != byte[].class) {
            return object("type", "array", "items", schema(raw.getComponentType(), List.of()));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = type instanceof ParameterizedType ? argument(type, 1) : Object.class;
            Map<String, Object> values = schema(value, List.of());
            return object("type", "object", "additionalProperties", values.isEmpty() ? true : values);
        }
        if (raw.isEnum() || raw.isRecord()) {
            return object("$ref", REF + named(raw));
        }
        // Object, JsonNode, POJOs: any JSON value.
        return new LinkedHashMap<>();
    }

    private static String format(Class<?> raw) {
        if (raw == UUID.class) return "uuid";
        if (raw == LocalDate.class) return "date";
        if (raw == LocalDateTime.class || raw == Instant.class || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class) return "date-time";
        if (raw == LocalTime.class) return "time";
        if (raw == Duration.class) return "duration";
        return null;
    }

    // Registers the named schema once (before its properties, so recursive records refer to themselves).
    private String named(Class<?> type) {
        String name = names.get(type);
        if (name != null) {
            return name;
        }
        name = type.getSimpleName();
        if (components.containsKey(name) || names.containsValue(name)) {
            name = type.getName().replace('.', '_').replace('$', '_');
        }
        names.put(type, name);
        components.put(name, Map.of()); // placeholder
        components.put(name, type.isEnum() ? enumSchema(type, name) : recordSchema(type, name));
        return name;
    }

    private static Map<String, Object> enumSchema(Class<?> type, String title) {
        List<Object> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return object("type", "string", "enum", values, "title", title);
    }

    private Map<String, Object> recordSchema(Class<?> type, String title) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            Map<String, Object> property = schema(component.getGenericType(), constraints(component));
            Field field = component.getAnnotation(Field.class);
            if (field != null && !field.title().isEmpty()) {
                property.put("title", field.title());
            } else if (!isNullableRef(property)) {
                titled(property, component.getName());
            }
            if (field != null && !field.description().isEmpty()) {
                property.put("description", field.description());
            }
            Object fallback = Defaults.of(component.getAnnotation(Default.class), component.getGenericType(),
                    type.getSimpleName() + "." + component.getName());
            if (fallback != null) {
                property.put("default", jsonValue(fallback));
            } else if (component.getType() != Optional.class) {
                required.add(name);
            }
            properties.put(name, property);
        }
        Map<String, Object> schema = object("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("title", title);
        return schema;
    }

    // Pydantic titles no model-typed field, nullable or not: {"anyOf": [{"$ref": ...}, {"type": "null"}]} stays untitled.
    private static boolean isNullableRef(Map<String, Object> schema) {
        return schema.get("anyOf") instanceof List<?> anyOf && !anyOf.isEmpty()
                && anyOf.get(0) instanceof Map<?, ?> first && first.containsKey("$ref");
    }

    /** The schema with Pydantic's title for the name, unless it is a bare {@code $ref}. */
    static Map<String, Object> titled(Map<String, Object> schema, String name) {
        if (!schema.containsKey("$ref")) {
            schema.put("title", OperationIds.title(name));
        }
        return schema;
    }

    // Jakarta's annotations do not target record components, so javac puts them on the accessor.
    private static List<Annotation> constraints(RecordComponent component) {
        List<Annotation> found = new ArrayList<>(List.of(component.getAccessor().getAnnotations()));
        found.addAll(List.of(component.getAnnotations()));
        return found;
    }

    private static void constrain(Map<String, Object> schema, List<Annotation> constraints) {
        Object type = schema.get("type");
        boolean text = "string".equals(type);
        boolean array = "array".equals(type);
        boolean number = "integer".equals(type) || "number".equals(type);
        for (Annotation annotation : constraints) {
            switch (annotation) {
                case Size size when text -> {
                    if (size.min() > 0) schema.put("minLength", size.min());
                    if (size.max() < Integer.MAX_VALUE) schema.put("maxLength", size.max());
                }
                case Size size when array -> {
                    if (size.min() > 0) schema.put("minItems", size.min());
                    if (size.max() < Integer.MAX_VALUE) schema.put("maxItems", size.max());
                }
                case NotEmpty ignored when text -> schema.put("minLength", 1);
                case NotEmpty ignored when array -> schema.put("minItems", 1);
                case NotBlank ignored when text -> schema.put("minLength", 1);
                case Pattern pattern when text -> schema.put("pattern", pattern.regexp());
                case Email ignored when text -> schema.put("format", "email");
                case Min min when number -> schema.put("minimum", min.value());
                case Max max when number -> schema.put("maximum", max.value());
                case Positive ignored when number -> schema.put("exclusiveMinimum", 0);
                case PositiveOrZero ignored when number -> schema.put("minimum", 0);
                case Negative ignored when number -> schema.put("exclusiveMaximum", 0);
                case NegativeOrZero ignored when number -> schema.put("maximum", 0);
                case DecimalMin min when number ->
                        schema.put(min.inclusive() ? "minimum" : "exclusiveMinimum", decimal(min.value()));
                case DecimalMax max when number ->
                        schema.put(max.inclusive() ? "maximum" : "exclusiveMaximum", decimal(max.value()));
                default -> {
                }
            }
        }
    }

    // A limit as written: 1 stays an integer, 0.5 a decimal.
    private static Object decimal(String value) {
        BigDecimal limit = new BigDecimal(value);
        return limit.scale() <= 0 ? (Object) limit.longValueExact() : (Object) limit.doubleValue();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** A converted value as JSON sees it: numbers and booleans as they are, enums by name, collections as lists. */
    static Object jsonValue(Object value) {
        return switch (value) {
            case Number number -> number;
            case Boolean bool -> bool;
            case Enum<?> constant -> constant.name();
            case Collection<?> values -> values.stream().map(SchemaGenerator::jsonValue).toList();
            default -> value.toString();
        };
    }

    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
