package io.griddle.binding;

import io.griddle.Body;
import io.griddle.Partial;
import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.binding.reflect.Types;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The binder of a {@code @Body Partial<T>} parameter: the body bound as the record {@code T} by its JSON binder (the
 * same 422s as {@code @Body T}), with the names of the record's fields the JSON object carried. It reads the parsed
 * tree (the names are needed), never the stream binders; the document describes the parameter as {@code T}.
 */
final class PartialBinders {

    private PartialBinders() {}

    static ParameterBinder forParameter(
            Executable method,
            Parameter parameter,
            Body body,
            boolean embedded,
            List<Description.Parameter> described) {
        String where = ParameterBinders.where(method, parameter);
        Type record = Types.argument(parameter.getParameterizedType(), 0);
        if (!(record instanceof Class<?> type) || !type.isRecord()) {
            throw new IllegalArgumentException(where + ": write Partial<T> with a record T");
        }
        String name = ParameterBinders.name(method, parameter, body.value());
        described.add(new Description.Parameter(
                "body", name, parameter.getName(), type, true, null, List.of(), null, Description.ParameterDocs.NONE));
        JsonBinder binder = JsonBinders.forType(type, where);
        Set<String> names = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(Types.jsonName(component));
        }
        List<Object> loc = embedded ? List.of("body", name) : List.of("body");
        return call -> {
            JsonNode node = call.tree();
            if (embedded && node != null) {
                node = node.isObject() ? node.get(name) : null;
            }
            if (node == null) {
                throw new RequestValidationError(List.of(new Issue("missing", loc, "Field required", null)));
            }
            List<Issue> issues = new ArrayList<>(0);
            Object value = binder.bind(node, loc, issues);
            if (value == JsonBinder.INVALID) {
                throw new RequestValidationError(issues);
            }
            Set<String> set = new HashSet<>();
            for (String field : node.propertyNames()) {
                if (names.contains(field)) {
                    set.add(field);
                }
            }
            return new Partial<>((Record) value, set);
        };
    }
}
