package io.griddle.binding;

import io.griddle.Cookie;
import io.griddle.Format;
import io.griddle.Header;
import io.griddle.Query;
import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.binding.params.Defaults;
import io.griddle.binding.params.ParameterShape;
import io.griddle.binding.reflect.Titles;
import io.griddle.binding.reflect.Types;
import io.griddle.http.Request;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record read as a group of query, header or cookie parameters ({@code @Query FilterParams filter}), as FastAPI's
 * {@code Annotated[FilterParams, Query()]}: each component is one parameter of the document, named by its JSON name
 * (a header's with underscores as hyphens unless {@code convertUnderscores = false}); the values found, the
 * components' defaults and the other values sent make one object, validated as the record (issues at
 * {@code [location, field]}, a missing field showing that object as input); with {@link io.griddle.ForbidExtra} the
 * other values are {@code extra_forbidden} issues.
 */
final class ParameterModels {

    private ParameterModels() {}

    /** Whether the parameter is a record read from the query, the headers or the cookies. */
    static boolean isModel(Parameter parameter) {
        return parameter.getType().isRecord()
                && (parameter.isAnnotationPresent(Query.class)
                        || parameter.isAnnotationPresent(Header.class)
                        || parameter.isAnnotationPresent(Cookie.class));
    }

    // One component: where it is on the wire, its name in the object, and what to put there when absent.
    private record Field(String wire, String json, boolean list, JsonNode absent) {}

    private interface Values {
        /** Every value of the name, in order; empty when absent. */
        List<String> all(Request request, String name);

        /** Every name sent, with its values, in order. */
        Map<String, List<String>> everything(Request request);
    }

    static ParameterBinder forParameter(Executable method, Parameter parameter, List<Description.Parameter> described) {
        String where = ParameterBinders.where(method, parameter);
        Class<?> type = parameter.getType();
        String location;
        Values values;
        boolean hyphens = false;
        if (parameter.isAnnotationPresent(Query.class)) {
            location = "query";
            values = new QueryValues();
        } else if (parameter.getAnnotation(Header.class) instanceof Header header) {
            location = "header";
            values = new HeaderValues();
            hyphens = header.convertUnderscores();
        } else {
            location = "cookie";
            values = new CookieValues();
        }
        RecordComponent[] components = type.getRecordComponents();
        Field[] fields = new Field[components.length];
        Set<String> known = new HashSet<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String json = Types.jsonName(component);
            String wire = hyphens ? json.replace('_', '-') : json;
            boolean list = ParameterShape.of(component.getGenericType()).list();
            fields[i] = new Field(wire, json, list, Defaults.node(component));
            known.add(wire);
            known.add(json);
            described.add(describe(location, wire, component));
        }
        JsonBinder binder = JsonBinders.forType(type, where);
        boolean forbid = type.isAnnotationPresent(io.griddle.ForbidExtra.class);
        List<Object> loc = List.of(location);
        return call -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (Field field : fields) {
                List<String> found = values.all(call.request, field.wire());
                if (found.isEmpty()) {
                    if (field.absent() != null) {
                        node.set(field.json(), field.absent()); // as FastAPI, the default is part of the input
                    }
                } else if (field.list()) {
                    ArrayNode array = node.putArray(field.json());
                    found.forEach(array::add);
                } else {
                    node.put(field.json(), found.get(0));
                }
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            values.everything(call.request).forEach((name, sent) -> {
                if (!known.contains(name)) {
                    Object value = sent.size() == 1 ? sent.get(0) : sent;
                    extra.put(name, value);
                    node.putPOJO(name, value);
                }
            });
            List<Issue> issues = new ArrayList<>(0);
            Object value = binder.bind(node, loc, issues);
            if (forbid) {
                extra.forEach((name, sent) -> issues.add(
                        new Issue("extra_forbidden", List.of(location, name), "Extra inputs are not permitted", sent)));
            }
            if (value == JsonBinder.INVALID || !issues.isEmpty()) {
                throw new RequestValidationError(issues);
            }
            return value;
        };
    }

    // One parameter of the document per component, titled by the component's name as Pydantic titles a field.
    private static Description.Parameter describe(String location, String wire, RecordComponent component) {
        List<Annotation> constraints = new ArrayList<>();
        for (Annotation annotation : component.getAccessor().getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class) || annotation instanceof Format) {
                constraints.add(annotation);
            }
        }
        boolean required = component.getType() != Optional.class && !Defaults.has(component);
        return new Description.Parameter(
                location,
                wire,
                component.getName(),
                component.getGenericType(),
                required,
                Defaults.json(component),
                List.copyOf(constraints),
                component.getAnnotatedType(),
                new Description.ParameterDocs(title(component), null, false, true));
    }

    // As Pydantic titles a field: save_data and saveData are "Save Data"; a JSON alias titles itself ("Sort-By").
    private static String title(RecordComponent component) {
        String json = Types.jsonName(component);
        if (!json.equals(component.getName())) {
            return Titles.aliasTitle(json);
        }
        return Titles.title(json);
    }

    private static final class QueryValues implements Values {
        @Override
        public List<String> all(Request request, String name) {
            return request.queryParams().getAll(name);
        }

        @Override
        public Map<String, List<String>> everything(Request request) {
            return request.queryParams().asMap();
        }
    }

    private static final class HeaderValues implements Values {
        @Override
        public List<String> all(Request request, String name) {
            return request.headers().getAll(name);
        }

        @Override
        public Map<String, List<String>> everything(Request request) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            request.headers()
                    .forEach((name, value) -> all.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                            .add(value));
            return all;
        }
    }

    private static final class CookieValues implements Values {
        @Override
        public List<String> all(Request request, String name) {
            String value = request.cookie(name);
            return value == null ? List.of() : List.of(value);
        }

        @Override
        public Map<String, List<String>> everything(Request request) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            request.cookies().forEach((name, value) -> all.put(name, List.of(value)));
            return all;
        }
    }
}
