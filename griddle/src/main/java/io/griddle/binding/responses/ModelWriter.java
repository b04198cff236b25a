package io.griddle.binding.responses;

import io.griddle.RequestValidationError.Issue;
import io.griddle.ResponseModel;
import io.griddle.ResponseValidationError;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.binding.params.Defaults;
import io.griddle.binding.reflect.Types;
import io.griddle.http.Json;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a handler's result through its response model, as FastAPI's {@code serialize_response}: the result is
 * checked and converted by the model's {@link JsonBinder} (so a {@code Map} or another record becomes the model,
 * defaults filled in, extra fields dropped), then written with the filters of {@link ResponseModel}. A result that
 * already is the model, with no filter, is written directly.
 */
public final class ModelWriter {

    private static final List<Object> LOC = List.of("response");

    private final Class<?> raw;
    private final JsonBinder binder;
    private final ObjectWriter writer;
    private final boolean excludeUnset;
    private final boolean excludeNone;
    private final boolean excludeDefaults;
    private final Set<String> include;
    private final Set<String> exclude;
    private final Type model;
    private final boolean filtered;

    /** The writer of one handler's response model; {@code where} names the handler in startup errors. */
    public ModelWriter(Type model, ResponseModel settings, String where) {
        this.model = model;
        this.raw = Types.raw(model);
        this.binder = JsonBinders.forType(model, where);
        this.writer = Json.mapper().writerFor(Json.mapper().constructType(model));
        this.excludeUnset = settings.excludeUnset();
        this.excludeNone = settings.excludeNone();
        this.excludeDefaults = settings.excludeDefaults();
        this.include = Set.of(settings.include());
        this.exclude = Set.of(settings.exclude());
        this.filtered = excludeUnset || excludeNone || excludeDefaults || !include.isEmpty() || !exclude.isEmpty();
    }

    /**
     * The result as JSON through the model.
     *
     * @throws ResponseValidationError when the result does not fit the model
     */
    public byte[] write(Object value) {
        // Only a record or a scalar can be trusted by its class; a List's elements could be anything.
        if (!filtered && raw.isInstance(value) && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)) {
            return Json.write(writer, value);
        }
        JsonNode input = Json.mapper().valueToTree(value);
        List<Issue> issues = new ArrayList<>(0);
        Object bound = binder.bind(input, LOC, issues);
        if (bound == JsonBinder.INVALID) {
            throw new ResponseValidationError(issues);
        }
        if (!filtered) {
            return Json.write(writer, bound);
        }
        JsonNode output = Json.mapper().valueToTree(bound);
        if (output instanceof ObjectNode object) {
            if (!include.isEmpty()) {
                object.retain(include);
            }
            object.remove(exclude);
        }
        if (excludeUnset) {
            unset(output, input);
        }
        if (excludeDefaults) {
            defaults(output, model);
        }
        if (excludeNone) {
            nulls(output);
        }
        return Json.write(output);
    }

    // A field is unset when the result did not carry it: a map's missing key, at every depth.
    private static void unset(JsonNode output, JsonNode input) {
        if (output instanceof ObjectNode object && input instanceof ObjectNode given) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode carried = given.get(name);
                if (carried == null) {
                    object.remove(name);
                } else {
                    unset(object.get(name), carried);
                }
            }
        } else if (output instanceof ArrayNode array
                && input instanceof ArrayNode given
                && array.size() == given.size()) {
            for (int i = 0; i < array.size(); i++) {
                unset(array.get(i), given.get(i));
            }
        }
    }

    /** A record component as {@code excludeDefaults} sees it: JSON name, default (or null), type. */
    private record Field(String name, JsonNode fallback, Type type) {}

    // Read once per record class, not per response.
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> record) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : record.getRecordComponents()) {
                JsonNode fallback = Defaults.node(component);
                if (fallback == null && component.getType() == java.util.Optional.class) {
                    fallback = Json.mapper().nullNode();
                }
                fields.add(new Field(Types.jsonName(component), fallback, component.getGenericType()));
            }
            return List.copyOf(fields);
        }
    };

    // Fields equal to their record component's default (an Optional's default is empty, written null).
    private static void defaults(JsonNode output, Type type) {
        Class<?> raw = Types.raw(type);
        if (output instanceof ObjectNode object && raw.isRecord()) {
            for (Field field : FIELDS.get(raw)) {
                JsonNode value = object.get(field.name());
                if (value == null) {
                    continue;
                }
                if (field.fallback() != null && same(field.fallback(), value)) {
                    object.remove(field.name());
                } else {
                    defaults(value, field.type());
                }
            }
        } else if (output instanceof ArrayNode array
                && type instanceof ParameterizedType list
                && Collection.class.isAssignableFrom(raw)) {
            for (JsonNode element : array) {
                defaults(element, list.getActualTypeArguments()[0]);
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    }

    private static void nulls(JsonNode output) {
        if (output instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                if (object.get(name).isNull()) {
                    object.remove(name);
                }
            }
            object.forEach(ModelWriter::nulls);
        } else if (output instanceof ArrayNode array) {
            array.forEach(ModelWriter::nulls);
        }
    }
}
