package io.griddle.openapi.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.Field;
import io.griddle.Format;
import io.griddle.UploadFile;
import io.griddle.binding.Examples;
import io.griddle.binding.params.Defaults;
import io.griddle.binding.reflect.Types;
import io.griddle.binding.reflect.Unions;
import io.griddle.binding.responses.InterfaceModel;
import jakarta.validation.Constraint;
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
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Java types as JSON Schema 2020-12, the way Pydantic writes its models: records, enums and interfaces written by
 * their accessors ({@link InterfaceModel}) become named schemas in
 * {@code components/schemas} referred to by {@code $ref}, every record property has a title ({@code item_id} is
 * "Item Id"), {@code Optional<T>} is {@code anyOf: [T, {"type": "null"}]} and Jakarta constraints become
 * {@code minLength}, {@code minimum}, {@code exclusiveMinimum}, {@code pattern}...
 *
 * <pre>{@code
 * SchemaGenerator schemas = new SchemaGenerator();
 * schemas.schema(Item.class, List.of());          // {"$ref": "#/components/schemas/Item"}
 * schemas.components();                           // {"Item": {"type": "object", "properties": {...}, ...}}
 * }</pre>
 *
 * <p>Near 500 lines: one walk over a type, with one case per kind of Java type (scalars, records, enums, interfaces,
 * collections, maps, optionals) and the constraint keywords, which must agree with each other on naming and
 * {@code $ref}s; the cases are short, and reading them side by side is how they are kept consistent.
 */
public final class SchemaGenerator {

    static final String REF = "#/components/schemas/";

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<String, String> names = new HashMap<>();
    private Set<Class<?>> separated = Set.of();
    private boolean together;
    // While a form's fields are written: a byte[] there is a file, not base64 text in JSON.
    private boolean form;

    /** The named schemas made so far, sorted by name. */
    public Map<String, Object> components() {
        return components;
    }

    /** Adds a named schema built elsewhere ({@code HTTPValidationError}, a {@code Body_...} object). */
    public void define(String name, Map<String, Object> schema) {
        components.put(name, schema);
    }

    /**
     * Declares, before any schema is made, the types read from requests and the types sent in responses. A record
     * found both ways whose input and output schemas differ (write-only components, computed properties, or such a
     * record inside) gets two schemas, {@code Item-Input} and {@code Item-Output}, as Pydantic's
     * {@code separate_input_output_schemas}; otherwise one, {@code Item}.
     */
    public void separate(Collection<Type> inputs, Collection<Type> outputs) {
        if (together) {
            return;
        }
        Set<Class<?>> in = new HashSet<>();
        inputs.forEach(type -> reach(type, false, in));
        Set<Class<?>> out = new HashSet<>();
        outputs.forEach(type -> reach(type, true, out));
        in.retainAll(out);
        Map<Class<?>, Boolean> differs = new HashMap<>();
        Set<Class<?>> split = new HashSet<>();
        for (Class<?> record : in) {
            if (differs(record, differs)) {
                split.add(record);
            }
        }
        separated = split;
    }

    /**
     * One schema per record, its input one, used for responses too, as Pydantic's
     * {@code separate_input_output_schemas=False}: write-only components are then listed and computed properties are
     * not, wherever the record is. Call before {@link #separate}, which it turns off.
     */
    public void together() {
        together = true;
        separated = Set.of();
    }

    /** As {@link #schema(Type, List, AnnotatedType)}, for a form field: a {@code byte[]} is a file's content. */
    public Map<String, Object> formSchema(Type type, List<Annotation> constraints, AnnotatedType annotated) {
        boolean before = form;
        form = true;
        try {
            return schema(type, constraints, annotated, false);
        } finally {
            form = before;
        }
    }

    /** The schema of a type read from a request, with the constraints of the parameter or component that has it. */
    public Map<String, Object> schema(Type type, List<Annotation> constraints) {
        return schema(type, constraints, null, false);
    }

    /** As {@link #schema(Type, List)}, with the type-use constraints of its elements ({@code List<@Size(max = 3) String>}). */
    public Map<String, Object> schema(Type type, List<Annotation> constraints, AnnotatedType annotated) {
        return schema(type, constraints, annotated, false);
    }

    /** The schema of a type sent in a response. */
    public Map<String, Object> outputSchema(Type type) {
        return schema(type, List.of(), null, !together);
    }

    private Map<String, Object> schema(
            Type type, List<Annotation> constraints, AnnotatedType annotated, boolean output) {
        Class<?> raw = Types.raw(type);
        if (raw == Optional.class) {
            List<Annotation> inner =
                    constraints.stream().filter(c -> !(c instanceof Format)).toList();
            List<Object> anyOf = List.of(
                    schema(Types.argument(type, 0), inner, Types.argument(annotated, 0), output),
                    Map.of("type", "null"));
            return formatted(object("anyOf", anyOf), constraints);
        }
        Map<String, Object> schema = plain(type, raw, annotated, output);
        if (!constraints.isEmpty() && !schema.containsKey("$ref")) {
            constrain(schema, constraints);
        }
        return formatted(schema, constraints);
    }

    // @Format("password") applies to the field as a whole (beside an anyOf), as Pydantic's json_schema_extra does.
    private static Map<String, Object> formatted(Map<String, Object> schema, List<Annotation> constraints) {
        for (Annotation annotation : constraints) {
            if (annotation instanceof Format format && !schema.containsKey("$ref")) {
                schema.put("format", format.value());
            }
        }
        return schema;
    }

    // The schema of a type argument, with the constraints written on it.
    private Map<String, Object> element(Type type, int index, AnnotatedType annotated, boolean output) {
        AnnotatedType argument = Types.argument(annotated, index);
        return schema(Types.argument(type, index), constraints(argument), argument, output);
    }

    private Map<String, Object> plain(Type type, Class<?> raw, AnnotatedType annotated, boolean output) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return object("type", "string");
        }
        if (raw == int.class
                || raw == Integer.class
                || raw == long.class
                || raw == Long.class
                || raw == short.class
                || raw == Short.class
                || raw == byte.class
                || raw == Byte.class
                || raw == BigInteger.class) {
            return object("type", "integer");
        }
        if (raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class
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
            Map<String, Object> array = object("type", "array", "items", element(type, 0, annotated, output));
            if (raw == Set.class) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (raw == UploadFile.class || (raw == byte[].class && form)) {
            // A file's content, as FastAPI documents File() and UploadFile in OpenAPI 3.1.
            return object("type", "string", "contentMediaType", "application/octet-stream");
        }
        if (raw == byte[].class) {
            // Bytes in JSON are base64 text (Jackson's reading and writing of byte[]), as Pydantic's
            // val_json_bytes/ser_json_bytes = "base64".
            return object(
                    "type", "string", "contentEncoding", "base64", "contentMediaType", "application/octet-stream");
        }
        if (raw.isArray()) {
            return object("type", "array", "items", schema(raw.getComponentType(), List.of(), null, output));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> values =
                    type instanceof ParameterizedType ? element(type, 1, annotated, output) : new LinkedHashMap<>();
            return object("type", "object", "additionalProperties", values.isEmpty() ? true : values);
        }
        if (Unions.isUnion(raw)) {
            List<Object> anyOf = new ArrayList<>();
            for (Class<?> alternative : Unions.alternatives(raw)) {
                anyOf.add(schema(alternative, List.of(), null, output));
            }
            return object("anyOf", anyOf);
        }
        if (raw.isEnum() || raw.isRecord() || InterfaceModel.isModel(raw)) {
            return object("$ref", REF + named(raw, output));
        }
        // Object, JsonNode, POJOs: any JSON value.
        return new LinkedHashMap<>();
    }

    private static String format(Class<?> raw) {
        if (raw == UUID.class) return "uuid";
        if (raw == LocalDate.class) return "date";
        if (raw == LocalDateTime.class
                || raw == Instant.class
                || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class) return "date-time";
        if (raw == LocalTime.class) return "time";
        if (raw == Duration.class) return "duration";
        return null;
    }

    // Registers the named schema once (before its properties, so recursive records refer to themselves).
    private String named(Class<?> type, boolean output) {
        boolean split = separated.contains(type);
        String key = type.getName() + (split ? (output ? "-Output" : "-Input") : "");
        String name = names.get(key);
        if (name != null) {
            return name;
        }
        String base = baseName(type);
        name = base + (split ? (output ? "-Output" : "-Input") : "");
        names.put(key, name);
        components.put(name, Map.of()); // placeholder
        components.put(
                name,
                type.isEnum()
                        ? enumSchema(type, base)
                        : type.isRecord() ? recordSchema(type, base, output) : interfaceSchema(type, base, output));
        return name;
    }

    // The simple name, or the full one when two classes share a simple name.
    private String baseName(Class<?> type) {
        String simple = type.getSimpleName();
        String owner = simpleNames.putIfAbsent(simple, type.getName());
        return owner == null || owner.equals(type.getName())
                ? simple
                : type.getName().replace('.', '_').replace('$', '_');
    }

    private final Map<String, String> simpleNames = new HashMap<>();

    private static Map<String, Object> enumSchema(Class<?> type, String title) {
        List<Object> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return object("type", "string", "enum", values, "title", title);
    }

    private Map<String, Object> recordSchema(Class<?> type, String title, boolean output) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (output && writeOnly(component)) {
                continue;
            }
            String name = Types.jsonName(component);
            Map<String, Object> property =
                    schema(component.getGenericType(), constraints(component), component.getAnnotatedType(), output);
            Field field = component.getAnnotation(Field.class);
            if (field != null && !field.title().isEmpty()) {
                property.put("title", field.title());
            } else if (!isNullableRef(property)) {
                titled(property, component.getName());
            }
            if (field != null && !field.description().isEmpty()) {
                property.put("description", field.description());
            }
            List<Object> examples = Examples.of(component);
            if (!examples.isEmpty()) {
                property.put("examples", examples);
            }
            boolean defaulted = Defaults.has(component);
            if (defaulted) {
                property = withDefault(property, Defaults.json(component));
            }
            properties.put(name, property);
            if (component.getType() != Optional.class && !defaulted) {
                required.add(name);
            }
        }
        if (output) {
            // Computed properties, as Pydantic's @computed_field: sent always, never read.
            for (Method method : computed(type)) {
                String name = Types.jsonName(method);
                Map<String, Object> property =
                        titled(schema(method.getGenericReturnType(), List.of(), null, true), name);
                property.put("readOnly", true);
                properties.put(name, property);
                required.add(name);
            }
        }
        Map<String, Object> schema = object("type", "object", "properties", properties);
        if (type.isAnnotationPresent(io.griddle.ForbidExtra.class)) {
            schema.put("additionalProperties", false); // as Pydantic writes extra="forbid"
        }
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("title", title);
        List<Object> examples = Examples.of(type);
        if (!examples.isEmpty()) {
            schema.put("examples", examples); // @SchemaExamples, as Pydantic's json_schema_extra
        }
        return schema;
    }

    // An interface written by its accessors (InterfaceModel): one property per accessor, required unless Optional.
    private Map<String, Object> interfaceSchema(Class<?> type, String title, boolean output) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (InterfaceModel.Property property : InterfaceModel.properties(type)) {
            Method accessor = property.accessor();
            Map<String, Object> schema = schema(
                    accessor.getGenericReturnType(),
                    List.of(accessor.getAnnotations()),
                    accessor.getAnnotatedReturnType(),
                    output);
            if (!isNullableRef(schema)) {
                titled(schema, accessor.getName());
            }
            properties.put(property.name(), schema);
            if (accessor.getReturnType() != Optional.class) {
                required.add(property.name());
            }
        }
        Map<String, Object> schema = object("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("title", title);
        return schema;
    }

    // @JsonProperty(access = WRITE_ONLY): read from requests, never written (a password).
    private static boolean writeOnly(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && property.access() == JsonProperty.Access.WRITE_ONLY;
    }

    // Public no-argument methods marked @JsonProperty that are not component accessors: Jackson writes them.
    private static List<Method> computed(Class<?> type) {
        Set<String> accessors = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.add(component.getName());
        }
        List<Method> found = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonProperty.class)
                    && method.getParameterCount() == 0
                    && method.getReturnType() != void.class
                    && !Modifier.isStatic(method.getModifiers())
                    && !accessors.contains(method.getName())) {
                found.add(method);
            }
        }
        found.sort(java.util.Comparator.comparing(Method::getName));
        return found;
    }

    // The records a type reaches in one direction, through type arguments and record components.
    private static void reach(Type type, boolean output, Set<Class<?>> into) {
        Class<?> raw = Types.raw(type);
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                reach(argument, output, into);
            }
        }
        if (raw.isArray()) {
            reach(raw.getComponentType(), output, into);
        }
        if (Unions.isUnion(raw)) {
            Unions.alternatives(raw).forEach(alternative -> reach(alternative, output, into));
        }
        if (!raw.isRecord() || !into.add(raw)) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (!(output && writeOnly(component))) {
                reach(component.getGenericType(), output, into);
            }
        }
        if (output) {
            for (Method method : computed(raw)) {
                reach(method.getGenericReturnType(), true, into);
            }
        }
    }

    // Whether a record's input and output schemas differ, itself or through a record inside it.
    private static boolean differs(Class<?> record, Map<Class<?>, Boolean> known) {
        Boolean answer = known.get(record);
        if (answer != null) {
            return answer;
        }
        known.put(record, false); // a cycle adds nothing
        boolean result = !computed(record).isEmpty();
        Set<Class<?>> inside = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            result |= writeOnly(component);
            reach(component.getGenericType(), false, inside);
        }
        inside.remove(record);
        for (Class<?> nested : inside) {
            result |= differs(nested, known);
        }
        known.put(record, result);
        return result;
    }

    // Beside a $ref too, as Pydantic 2 writes it ({"$ref": ..., "default": ...}); OpenAPI 3.1 allows the sibling.
    private static Map<String, Object> withDefault(Map<String, Object> schema, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        copy.put("default", value);
        return copy;
    }

    // Pydantic titles no model-typed field, nullable or not: {"anyOf": [{"$ref": ...}, {"type": "null"}]} stays
    // untitled.
    private static boolean isNullableRef(Map<String, Object> schema) {
        return schema.get("anyOf") instanceof List<?> anyOf
                && !anyOf.isEmpty()
                && anyOf.get(0) instanceof Map<?, ?> first
                && first.containsKey("$ref");
    }

    /** The schema with Pydantic's title for the name, unless it is a bare {@code $ref}. */
    static Map<String, Object> titled(Map<String, Object> schema, String name) {
        if (!schema.containsKey("$ref")) {
            schema.put("title", OperationIds.title(name));
        }
        return schema;
    }

    // The constraint annotations written on a type use ({@code @Size(max = 3)} in {@code List<@Size(max = 3) String>}).
    private static List<Annotation> constraints(AnnotatedType type) {
        if (type == null) {
            return List.of();
        }
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                found.add(annotation);
            }
        }
        return found;
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
                case Size size
                when text -> {
                    if (size.min() > 0) schema.put("minLength", size.min());
                    if (size.max() < Integer.MAX_VALUE) schema.put("maxLength", size.max());
                }
                case Size size
                when array -> {
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
                case DecimalMin min
                when number -> schema.put(min.inclusive() ? "minimum" : "exclusiveMinimum", decimal(min.value()));
                case DecimalMax max
                when number -> schema.put(max.inclusive() ? "maximum" : "exclusiveMaximum", decimal(max.value()));
                default -> {}
            }
        }
    }

    // A limit as written: 1 stays an integer, 0.5 a decimal.
    private static Object decimal(String value) {
        BigDecimal limit = new BigDecimal(value);
        return limit.scale() <= 0 ? (Object) limit.longValueExact() : (Object) limit.doubleValue();
    }

    /** A converted value as JSON sees it: numbers and booleans as they are, enums by name, collections as lists. */
    static Object jsonValue(Object value) {
        return switch (value) {
            case Number number -> number;
            case Boolean bool -> bool;
            case Enum<?> constant -> constant.name();
            case Collection<?> values ->
                values.stream().map(SchemaGenerator::jsonValue).toList();
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
