package io.griddle.binding;

import io.griddle.Default;
import io.griddle.File;
import io.griddle.Form;
import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.UploadFile;
import io.griddle.binding.forms.FormData;
import io.griddle.binding.forms.FormReader;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.binding.params.Defaults;
import io.griddle.binding.params.ParameterShape;
import io.griddle.binding.params.ValueParser;
import io.griddle.binding.reflect.Types;
import io.griddle.binding.validation.Constraints;
import io.griddle.binding.validation.ElementLocations;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binders for {@code @Form} and {@code @File} parameters, built once at startup, reading the {@link FormData} of
 * the call. As FastAPI: an empty text field counts as absent; a missing one is {@code missing} at
 * {@code ["body", name]} with input {@code null}; a record is a form model whose missing fields show the received
 * fields as input.
 */
final class FormBinders {

    private FormBinders() {}

    /** Whether the parameter is read from a form body. */
    static boolean reads(Parameter parameter) {
        return parameter.isAnnotationPresent(Form.class) || parameter.isAnnotationPresent(File.class);
    }

    /** The body's media type this parameter needs: multipart for files, urlencoded for text fields. */
    static String mediaType(Parameter parameter) {
        Type element = ParameterShape.of(parameter.getParameterizedType()).element();
        return parameter.isAnnotationPresent(File.class) || isFile(element) || hasFiles(element)
                ? FormReader.MULTIPART
                : FormReader.URLENCODED;
    }

    // A form record with an UploadFile component (or a List or Optional of them) is read from a multipart body.
    private static boolean hasFiles(Type type) {
        if (!(type instanceof Class<?> record) || !record.isRecord()) {
            return false;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (isFile(ParameterShape.of(component.getGenericType()).element())) {
                return true;
            }
        }
        return false;
    }

    /** The binder of a {@code @Form} or {@code @File} parameter; its description is added to {@code described}. */
    static ParameterBinder forParameter(Executable method, Parameter parameter, List<Description.Parameter> described) {
        String where = ParameterBinders.where(method, parameter);
        ParameterShape shape = ParameterShape.of(parameter.getParameterizedType());
        String given = parameter.getAnnotation(File.class) instanceof File file
                ? file.value()
                : parameter.getAnnotation(Form.class).value();
        String name = ParameterBinders.name(method, parameter, given);
        if (parameter.isAnnotationPresent(File.class) || isFile(shape.element())) {
            return fileBinder(parameter, shape, name, where, described);
        }
        if (shape.element() instanceof Class<?> type && type.isRecord()) {
            if (shape.optional() || shape.list()) {
                throw new IllegalArgumentException(where + ": a form record is the whole form; declare it plainly");
            }
            return recordBinder(parameter, type, name, where, described);
        }
        return textBinder(parameter, shape, name, where, described);
    }

    private static boolean isFile(Type type) {
        return type == UploadFile.class || type == byte[].class;
    }

    private static ParameterBinder textBinder(
            Parameter parameter,
            ParameterShape shape,
            String name,
            String where,
            List<Description.Parameter> described) {
        if (!(shape.element() instanceof Class<?> type) || ValueParser.forType(type) == null) {
            throw new IllegalArgumentException(
                    where + ": type " + shape.element().getTypeName() + " is not supported as a form field");
        }
        ValueParser parser = ValueParser.forType(type);
        List<Object> loc = List.of("body", name);
        ElementLocations elements = new ElementLocations(loc);
        Constraints.Check check = Constraints.forElement(parameter, where);
        Default fallback = parameter.getAnnotation(Default.class);
        Object defaultValue = Defaults.of(fallback, parameter.getParameterizedType(), where);
        described.add(ParameterBinders.describe(
                "body", name, parameter, !shape.optional() && fallback == null, defaultValue));
        return call -> {
            Object value;
            Object input;
            if (shape.list()) {
                List<Object> raw = call.form.all(name);
                if (raw.isEmpty()) {
                    return absent(shape, fallback, defaultValue, loc);
                }
                List<Object> values = new ArrayList<>(raw.size());
                List<Issue> issues = new ArrayList<>(0);
                for (int i = 0; i < raw.size(); i++) {
                    List<Object> at = elements.at(i);
                    try {
                        values.add(parser.convert(text(raw.get(i), parser, at), at));
                    } catch (RequestValidationError e) {
                        issues.addAll(e.errors());
                    }
                }
                if (!issues.isEmpty()) {
                    throw new RequestValidationError(issues);
                }
                value = List.copyOf(values);
                input = raw;
            } else {
                Object raw = call.form.last(name);
                if (raw == null || "".equals(raw)) {
                    return absent(shape, fallback, defaultValue, loc);
                }
                String text = text(raw, parser, loc);
                value = parser.convert(text, loc);
                input = text;
            }
            if (check != null) {
                Issue issue = check.check(value, input, loc);
                if (issue != null) {
                    throw new RequestValidationError(List.of(issue));
                }
            }
            return shape.optional() ? Optional.of(value) : value;
        };
    }

    private static Object absent(ParameterShape shape, Default fallback, Object defaultValue, List<Object> loc) {
        if (shape.optional()) {
            return Optional.ofNullable(defaultValue);
        }
        if (fallback != null) {
            return defaultValue;
        }
        throw new RequestValidationError(List.of(new Issue("missing", loc, "Field required", null)));
    }

    // A file where text was expected is refused as the type's error, with the file's name as input.
    private static String text(Object raw, ValueParser parser, List<Object> loc) {
        if (raw instanceof String text) {
            return text;
        }
        throw new RequestValidationError(List.of(parser.issue(loc, ((UploadFile) raw).filename())));
    }

    // A form model: the record's fields from the form's non-empty values, then the other fields as sent.
    private static ParameterBinder recordBinder(
            Parameter parameter, Class<?> type, String name, String where, List<Description.Parameter> described) {
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        boolean[] lists = new boolean[components.length];
        boolean[] files = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            ParameterShape part = ParameterShape.of(component.getGenericType());
            if (part.element() == byte[].class) {
                throw new IllegalArgumentException(
                        where + ": a file in a form record is an UploadFile (or a List or Optional of them)");
            }
            names[i] = Types.jsonName(component);
            lists[i] = part.list();
            files[i] = part.element() == UploadFile.class;
        }
        JsonBinder binder = JsonBinders.forType(type, where);
        described.add(ParameterBinders.describe("body", name, parameter, true, null));
        List<Object> loc = List.of("body");
        boolean forbid = type.isAnnotationPresent(io.griddle.ForbidExtra.class);
        List<String> known = List.of(names);
        return call -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < names.length; i++) {
                if (files[i]) {
                    FormFiles.put(node, names[i], lists[i], call.form);
                } else if (lists[i]) {
                    List<Object> all = call.form.all(names[i]);
                    if (!all.isEmpty()) {
                        ArrayNode array = node.putArray(names[i]);
                        all.forEach(value -> array.add(String.valueOf(textOf(value))));
                    }
                } else {
                    Object value = call.form.last(names[i]);
                    if (value != null && !"".equals(value)) {
                        node.put(names[i], textOf(value));
                    }
                }
            }
            for (Map.Entry<String, List<Object>> field : call.form.values().entrySet()) {
                if (!node.has(field.getKey())) {
                    node.put(field.getKey(), textOf(call.form.last(field.getKey())));
                }
            }
            List<Issue> issues = new ArrayList<>(0);
            Object value = binder.bind(node, loc, issues);
            if (forbid) {
                for (String field : call.form.values().keySet()) {
                    if (!known.contains(field)) {
                        issues.add(new Issue(
                                "extra_forbidden",
                                List.of("body", field),
                                "Extra inputs are not permitted",
                                textOf(call.form.last(field))));
                    }
                }
            }
            if (value == JsonBinder.INVALID || !issues.isEmpty()) {
                throw new RequestValidationError(issues);
            }
            return value;
        };
    }

    private static String textOf(Object value) {
        return value instanceof UploadFile file ? file.filename() : (String) value;
    }

    private static ParameterBinder fileBinder(
            Parameter parameter,
            ParameterShape shape,
            String name,
            String where,
            List<Description.Parameter> described) {
        if (!isFile(shape.element())) {
            throw new IllegalArgumentException(
                    where + ": a file is a byte[] or an UploadFile (or a List or" + " Optional of them)");
        }
        if (parameter.isAnnotationPresent(Default.class)) {
            throw new IllegalArgumentException(where + ": a file has no @Default; make it Optional");
        }
        boolean bytes = shape.element() == byte[].class;
        List<Object> loc = List.of("body", name);
        ElementLocations elements = new ElementLocations(loc);
        described.add(ParameterBinders.describe("body", name, parameter, !shape.optional(), null));
        return call -> {
            Object last = shape.list() ? null : call.form.last(name);
            List<Object> raw =
                    shape.list() ? call.form.all(name) : last != null && !"".equals(last) ? List.of(last) : List.of();
            if (raw.isEmpty()) {
                if (shape.optional()) {
                    return Optional.empty();
                }
                throw new RequestValidationError(List.of(new Issue("missing", loc, "Field required", null)));
            }
            List<Object> values = new ArrayList<>(raw.size());
            List<Issue> issues = new ArrayList<>(0);
            for (int i = 0; i < raw.size(); i++) {
                List<Object> at = shape.list() ? elements.at(i) : loc;
                Object item = raw.get(i);
                if (item instanceof UploadFile file) {
                    values.add(bytes ? file.bytes() : file);
                } else if (bytes) {
                    values.add(((String) item).getBytes(StandardCharsets.UTF_8)); // a text field is its bytes
                } else {
                    issues.add(new Issue(
                            "value_error",
                            at,
                            "Value error, Expected UploadFile, received: <class 'str'>",
                            item,
                            Map.of("error", Map.of())));
                }
            }
            if (!issues.isEmpty()) {
                throw new RequestValidationError(issues);
            }
            Object value = shape.list() ? List.copyOf(values) : values.get(0);
            return shape.optional() ? Optional.of(value) : value;
        };
    }
}
