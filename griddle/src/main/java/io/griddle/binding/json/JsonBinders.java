package io.griddle.binding.json;

import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.params.Defaults;
import io.griddle.binding.params.ValueParser;
import io.griddle.binding.reflect.Types;
import io.griddle.binding.validation.BeanValidation;
import io.griddle.binding.validation.Constraints;
import io.griddle.binding.validation.Location;
import io.griddle.http.Json;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Builds a {@link JsonBinder} per Java type, once, following Pydantic v2's lax JSON rules: a string field takes only
 * a string ({@code string_type}), an int field an integer, a whole float or a numeric string ({@code int_parsing},
 * {@code int_from_float}), a record an object whose missing fields are each reported ({@code missing}, with the object
 * as input). Records are built through their canonical constructor's method handle; types that are neither scalars,
 * records, lists, sets nor maps go through a prepared Jackson {@link ObjectReader}.
 *
 * <p>Near 500 lines: one factory with one small binder per JSON kind (string, integer, float, boolean, record,
 * list, set, map, Jackson fallback); they share the lax-mode rules and the error reporting, which are easiest to keep
 * identical when they sit together. {@link StreamBinders} is the streaming counterpart.
 */
public final class JsonBinders {

    // Recursive record types (a Node with List<Node> children) refer to their binder before it is finished.
    private static final Map<Type, JsonBinder> CACHE = new ConcurrentHashMap<>();

    private JsonBinders() {}

    /** The binder of a type, built once and cached; {@code where} names the declaration in startup errors. */
    public static JsonBinder forType(Type type, String where) {
        JsonBinder cached = CACHE.get(type);
        if (cached != null) {
            return cached;
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            JsonBinder[] self = new JsonBinder[1];
            CACHE.put(type, (node, loc, issues) -> self[0].bind(node, loc, issues));
            self[0] = RecordBinder.of(record, where);
            CACHE.put(type, self[0]);
            return self[0];
        }
        JsonBinder binder = build(type, where);
        CACHE.putIfAbsent(type, binder);
        return binder;
    }

    private static List<Object> append(List<Object> loc, Object step) {
        return Location.of(loc, step);
    }

    // A container's element type, which a body cannot be bound without: List written raw fails at startup.
    private static Type argument(Type type, int index, String where) {
        if (!(type instanceof ParameterizedType)) {
            throw new IllegalArgumentException(
                    where + ": write " + Types.raw(type).getSimpleName() + " with its type arguments");
        }
        return Types.argument(type, index);
    }

    private static JsonBinder build(Type type, String where) {
        Class<?> raw = Types.raw(type);
        if (io.griddle.binding.reflect.Unions.isUnion(raw)) {
            throw new IllegalArgumentException(where + ": " + raw.getSimpleName() + " is a sealed interface of records"
                    + " (a union), which Griddle writes but does not bind; bind one of its records");
        }
        if (raw == String.class) {
            return (node, loc, issues) -> node != null && node.isString()
                    ? node.stringValue()
                    : fail(issues, new Issue("string_type", loc, "Input should be a valid string", node));
        }
        if (raw == io.griddle.UploadFile.class) {
            return UploadFileBinder.INSTANCE; // a file of a form record
        }
        if (raw == int.class || raw == Integer.class) {
            JsonBinder wide = integer();
            return (node, loc, issues) -> {
                Object value = wide.bind(node, loc, issues);
                return value == JsonBinder.INVALID ? JsonBinder.INVALID : narrow((Long) value, node, loc, issues);
            };
        }
        if (raw == long.class || raw == Long.class) {
            return integer();
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            boolean single = raw == float.class || raw == Float.class;
            ValueParser parser = ValueParser.forType(double.class);
            return (node, loc, issues) -> {
                double value;
                if (node != null && node.isNumber()) {
                    value = node.doubleValue();
                } else if (node != null && node.isString()) {
                    try {
                        value = (Double) parser.parse().apply(node.stringValue());
                    } catch (RuntimeException e) {
                        return fail(issues, parser.issue(loc, node));
                    }
                } else {
                    return fail(issues, new Issue("float_type", loc, "Input should be a valid number", node));
                }
                return single ? (Object) (float) value : (Object) value;
            };
        }
        if (raw == boolean.class || raw == Boolean.class) {
            ValueParser parser = ValueParser.forType(boolean.class);
            return (node, loc, issues) -> {
                if (node != null && node.isBoolean()) {
                    return node.booleanValue();
                }
                if (node != null && node.isIntegralNumber() && (node.longValue() == 0 || node.longValue() == 1)) {
                    return node.longValue() == 1;
                }
                if (node != null && node.isString()) {
                    try {
                        return parser.parse().apply(node.stringValue());
                    } catch (RuntimeException e) {
                        return fail(issues, parser.issue(loc, node));
                    }
                }
                return fail(
                        issues,
                        new Issue(
                                node != null && node.isNumber() ? "bool_parsing" : "bool_type",
                                loc,
                                node != null && node.isNumber()
                                        ? "Input should be a valid boolean, unable to interpret input"
                                        : "Input should be a valid boolean",
                                node));
            };
        }
        if (raw == Optional.class) {
            return optional(forType(argument(type, 0, where), where));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            return collection(forType(argument(type, 0, where), where), raw == Set.class);
        }
        if (raw == Map.class) {
            return map(keys(argument(type, 0, where), where), forType(argument(type, 1, where), where));
        }
        return scalarOrOther(type, raw);
    }

    /**
     * The binder of a declared type with its type-use constraints on elements ({@code List<@Size(max = 3) String>}):
     * each element is checked where it is, as Pydantic checks {@code list[constr(max_length=3)]}. Without such
     * constraints, the cached binder of the plain type.
     */
    public static JsonBinder forAnnotated(AnnotatedType annotated, String where) {
        if (!(annotated instanceof AnnotatedParameterizedType parameterized) || !constrainedInside(parameterized)) {
            return forType(annotated.getType(), where);
        }
        Class<?> raw = Types.raw(annotated.getType());
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (raw == Optional.class) {
            return optional(checked(arguments[0], where));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            return collection(checked(arguments[0], where), raw == Set.class);
        }
        if (raw == Map.class) {
            return map(keys(arguments[0].getType(), where), checked(arguments[1], where));
        }
        throw new IllegalArgumentException(
                where + ": constraints on type arguments are supported inside Optional, List,"
                        + " Set, Collection and Map values");
    }

    // Whether a constraint is written on a type argument, at any depth.
    static boolean constrainedInside(AnnotatedParameterizedType type) {
        for (AnnotatedType argument : type.getAnnotatedActualTypeArguments()) {
            for (Annotation annotation : argument.getAnnotations()) {
                if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                    return true;
                }
            }
            if (argument instanceof AnnotatedParameterizedType inner && constrainedInside(inner)) {
                return true;
            }
        }
        return false;
    }

    // An element's binder followed by the checks of the constraints written on its type.
    private static JsonBinder checked(AnnotatedType element, String where) {
        JsonBinder binder = forAnnotated(element, where);
        Constraints.Check check = Constraints.forElement(element, where);
        if (check == null) {
            return binder;
        }
        return (node, loc, issues) -> {
            Object value = binder.bind(node, loc, issues);
            if (value == JsonBinder.INVALID) {
                return value;
            }
            Object checkedValue = value instanceof Optional<?> present ? present.orElse(null) : value;
            Issue issue = checkedValue == null ? null : check.check(checkedValue, node, loc);
            return issue == null ? value : fail(issues, issue);
        };
    }

    private static JsonBinder optional(JsonBinder inner) {
        return (node, loc, issues) -> {
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            Object value = inner.bind(node, loc, issues);
            return value == JsonBinder.INVALID ? value : Optional.of(value);
        };
    }

    private static JsonBinder collection(JsonBinder element, boolean set) {
        return (node, loc, issues) -> {
            if (node == null || !node.isArray()) {
                return fail(
                        issues,
                        new Issue(
                                set ? "set_type" : "list_type",
                                loc,
                                set ? "Input should be a valid set" : "Input should be a valid list",
                                node));
            }
            Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>(node.size());
            boolean valid = true;
            for (int i = 0; i < node.size(); i++) {
                Object value = element.bind(node.get(i), append(loc, i), issues);
                valid &= value != JsonBinder.INVALID;
                values.add(value);
            }
            return valid ? (set ? Set.copyOf(values) : List.copyOf(values)) : JsonBinder.INVALID;
        };
    }

    // Keys are JSON text: a String key as it is (null here), others converted as query text ({"2": 2.2} for
    // Map<Integer, Double>).
    private static ValueParser keys(Type keyType, String where) {
        if (keyType == String.class) {
            return null;
        }
        ValueParser keys = keyType instanceof Class<?> keyClass ? ValueParser.forType(keyClass) : null;
        if (keys == null) {
            throw new IllegalArgumentException(where + ": map keys must be String or a type that converts from"
                    + " text (Integer, Long, UUID, an enum...), not " + keyType.getTypeName());
        }
        return keys;
    }

    private static JsonBinder map(ValueParser keys, JsonBinder value) {
        return (node, loc, issues) -> {
            if (node == null || !node.isObject()) {
                return fail(issues, new Issue("dict_type", loc, "Input should be a valid dictionary", node));
            }
            Map<Object, Object> values = new LinkedHashMap<>();
            boolean valid = true;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                List<Object> at = append(loc, entry.getKey());
                Object key = entry.getKey();
                if (keys != null) {
                    try {
                        key = keys.parse().apply(entry.getKey());
                    } catch (RuntimeException e) {
                        // Pydantic places a bad key at [..., key, "[key]"].
                        issues.add(keys.failure(e, append(at, "[key]"), entry.getKey()));
                        valid = false;
                    }
                }
                Object bound = value.bind(entry.getValue(), at, issues);
                valid &= bound != JsonBinder.INVALID;
                values.put(key, bound);
            }
            return valid ? values : JsonBinder.INVALID;
        };
    }

    private static JsonBinder scalarOrOther(Type type, Class<?> raw) {
        ValueParser text = raw == Object.class ? null : ValueParser.forType(raw);
        if (raw == byte[].class) {
            return Base64Bytes.BINDER;
        }
        if (text != null) {
            // Enums, UUIDs, dates: JSON strings, converted as the same text in a query would be (a duration's number
            // too, as seconds).
            boolean numbers = ValueParser.readsNumbers(raw);
            return (node, loc, issues) -> {
                if (node != null && (node.isString() || (numbers && node.isNumber()))) {
                    try {
                        return text.parse().apply(node.isString() ? node.stringValue() : node.asString());
                    } catch (RuntimeException e) {
                        return fail(issues, text.failure(e, loc, node));
                    }
                }
                return fail(issues, text.issue(loc, node));
            };
        }
        if (raw == JsonNode.class) {
            return (node, loc, issues) ->
                    node != null ? node : fail(issues, new Issue("missing", loc, "Field required", null));
        }
        ObjectReader reader = Json.mapper().readerFor(Json.mapper().constructType(type));
        return (node, loc, issues) -> {
            if (node == null) {
                return fail(issues, new Issue("missing", loc, "Field required", null));
            }
            try {
                return reader.readValue(node);
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null
                        ? e.getClass().getSimpleName()
                        : e.getMessage().lines().findFirst().orElse("");
                return fail(
                        issues, new Issue("value_error", loc, "Value error, " + reason, node, Map.of("error", reason)));
            }
        };
    }

    // Integers as Pydantic's lax mode takes them: a JSON integer, a float without fraction, or a numeric string.
    private static JsonBinder integer() {
        ValueParser parser = ValueParser.forType(long.class);
        return (node, loc, issues) -> {
            if (node != null && node.isIntegralNumber()) {
                if (!node.canConvertToLong()) {
                    return fail(
                            issues,
                            new Issue(
                                    "int_parsing_size",
                                    loc,
                                    "Unable to parse input string as an integer, exceeded maximum size",
                                    node));
                }
                return node.longValue();
            }
            if (node != null && node.isFloatingPointNumber()) {
                double value = node.doubleValue();
                if (value == Math.rint(value) && Math.abs(value) < 0x1p63) {
                    return (long) value;
                }
                return fail(
                        issues,
                        new Issue(
                                "int_from_float",
                                loc,
                                "Input should be a valid integer, got a number with a fractional part",
                                node));
            }
            if (node != null && node.isString()) {
                try {
                    return parser.parse().apply(node.stringValue());
                } catch (RuntimeException e) {
                    return fail(issues, parser.issue(loc, node));
                }
            }
            return fail(issues, new Issue("int_type", loc, "Input should be a valid integer", node));
        };
    }

    private static Object narrow(long value, JsonNode node, List<Object> loc, List<Issue> issues) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return fail(
                    issues,
                    new Issue(
                            value < 0 ? "greater_than_equal" : "less_than_equal",
                            loc,
                            "Input should be "
                                    + (value < 0
                                            ? "greater than or equal to " + Integer.MIN_VALUE
                                            : "less than or equal to " + Integer.MAX_VALUE),
                            node,
                            Map.of(value < 0 ? "ge" : "le", value < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE)));
        }
        return (int) value;
    }

    static Object fail(List<Issue> issues, Issue issue) {
        issues.add(issue);
        return JsonBinder.INVALID;
    }

    /**
     * The locations of a record's fields under its own location ({@code ["body", "price"]}), kept for the last parent
     * location seen: a body's location is the same on every request, so binding a valid body allocates none.
     */
    private static final class Locations {
        private record Entry(List<Object> parent, List<Object>[] fields) {}

        private final String[] names;
        private volatile Entry last; // a benign race: any thread's entry is correct for its parent

        Locations(String[] names) {
            this.names = names;
        }

        List<Object>[] under(List<Object> parent) {
            Entry entry = last;
            if (entry != null && (entry.parent == parent || entry.parent.equals(parent))) {
                return entry.fields;
            }
            @SuppressWarnings("unchecked")
            List<Object>[] fields = (List<Object>[]) new List<?>[names.length];
            for (int i = 0; i < names.length; i++) {
                fields[i] = Collections.unmodifiableList(append(parent, names[i]));
            }
            last = new Entry(Collections.unmodifiableList(new ArrayList<>(parent)), fields);
            return fields;
        }
    }

    /** A record from a JSON object: every component bound and checked, then the canonical constructor called. */
    record RecordBinder(
            String[] names,
            JsonBinder[] components,
            boolean[] optional,
            Object[] defaults,
            Constraints.Check[] checks,
            MethodHandle constructor,
            BeanValidation.Validate extra,
            Locations locations)
            implements JsonBinder {

        // Marks a component without a default (null is a valid default: an Optional's empty).
        static final Object NO_DEFAULT = new Object();

        static RecordBinder of(Class<?> type, String where) {
            RecordComponent[] parts = type.getRecordComponents();
            String[] names = new String[parts.length];
            JsonBinder[] binders = new JsonBinder[parts.length];
            boolean[] optional = new boolean[parts.length];
            Object[] defaults = new Object[parts.length];
            Constraints.Check[] checks = new Constraints.Check[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                RecordComponent part = parts[i];
                String at = type.getSimpleName() + "." + part.getName();
                names[i] = Types.jsonName(part);
                binders[i] = forAnnotated(part.getAnnotatedType(), at);
                optional[i] = part.getType() == Optional.class;
                defaults[i] = defaultValue(part, binders[i], names[i], at);
                // Jakarta's annotations do not target record components, so javac puts them on the accessor.
                checks[i] = Constraints.forElementLenient(part.getAccessor());
                types[i] = part.getType();
            }
            MethodHandle constructor;
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                constructor = MethodHandles.lookup()
                        .unreflectConstructor(canonical)
                        .asSpreader(Object[].class, parts.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException(
                        where + ": cannot build record " + type.getName() + ": " + e.getMessage(), e);
            }
            return new RecordBinder(
                    names,
                    binders,
                    optional,
                    defaults,
                    checks,
                    constructor,
                    BeanValidation.forType(type),
                    new Locations(names));
        }

        // A @Default is bound once, at startup, by the component's own binder: a default that does not fit fails here.
        private static Object defaultValue(RecordComponent part, JsonBinder binder, String name, String at) {
            JsonNode node = Defaults.node(part);
            if (node == null) {
                return NO_DEFAULT;
            }
            List<Issue> issues = new ArrayList<>(0);
            Object value = binder.bind(node, List.of(name), issues);
            if (value == JsonBinder.INVALID) {
                throw new IllegalArgumentException(at + ": @Default does not fit the type: "
                        + issues.get(0).msg());
            }
            return value;
        }

        @Override
        public Object bind(JsonNode node, List<Object> loc, List<Issue> issues) {
            if (node == null || !node.isObject()) {
                return fail(
                        issues,
                        new Issue(
                                "model_attributes_type",
                                loc,
                                "Input should be a valid dictionary or object to extract fields from",
                                node));
            }
            Object[] args = new Object[names.length];
            List<Object>[] ats = locations.under(loc);
            boolean valid = true;
            for (int i = 0; i < names.length; i++) {
                JsonNode field = node.get(names[i]);
                List<Object> at = ats[i];
                if (field == null && defaults[i] != NO_DEFAULT) {
                    args[i] = defaults[i]; // made once at startup: lists and sets are immutable
                    continue;
                }
                if (field == null && !optional[i]) {
                    // Pydantic shows the whole object as the input of a missing field.
                    issues.add(new Issue("missing", at, "Field required", node));
                    valid = false;
                    continue;
                }
                Object value = components[i].bind(field, at, issues);
                if (value == JsonBinder.INVALID) {
                    valid = false;
                    continue;
                }
                if (checks[i] != null) {
                    Object checked = value instanceof Optional<?> present ? present.orElse(null) : value;
                    Issue issue = checked == null ? null : checks[i].check(checked, field, at);
                    if (issue != null) {
                        issues.add(issue);
                        valid = false;
                        continue;
                    }
                }
                args[i] = value;
            }
            if (!valid) {
                return JsonBinder.INVALID;
            }
            Object record;
            try {
                record = constructor.invokeExact(args);
            } catch (RuntimeException e) {
                // A compact constructor that rejects its values: Pydantic's value_error from a validator.
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return fail(
                        issues,
                        new Issue(
                                "value_error",
                                loc,
                                "Value error, " + reason,
                                node,
                                Map.of("error", Map.of()))); // the raised exception, which FastAPI writes as {}
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (extra != null && !extra.validate(record, loc, issues)) {
                return JsonBinder.INVALID;
            }
            return record;
        }
    }
}
