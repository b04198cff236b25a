package io.griddle.binding;

import io.griddle.Body;
import io.griddle.Field;
import io.griddle.OpenApiExample;
import io.griddle.SchemaExamples;
import io.griddle.binding.reflect.Types;
import io.griddle.http.Json;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;

/**
 * The examples written in annotations ({@link SchemaExamples}, {@link Field#examples()}, {@link Body#examples()},
 * {@link Body#openapiExamples()}) as plain JSON values (maps, lists, strings, numbers) for the OpenAPI document.
 * Read once, when a route is declared or its document first built; text that is not JSON fails with the place named.
 *
 * <pre>{@code
 * Examples.of(Item.class);                       // [{"name": "Foo", "price": 35.4}] from @SchemaExamples
 * Examples.of(Item.class.getRecordComponents()[2]); // [35.4] from @Field(examples = "35.4")
 * }</pre>
 */
public final class Examples {

    private Examples() {}

    /** A record's {@code @SchemaExamples}, empty without. */
    public static List<Object> of(Class<?> type) {
        SchemaExamples examples = type.getAnnotation(SchemaExamples.class);
        return examples == null ? List.of() : json(examples.value(), "@SchemaExamples on " + type.getSimpleName());
    }

    /**
     * A record component's {@code @Field(examples)}: plain text for a string-like value (string, enum, UUID, URI,
     * date), JSON text otherwise; empty without.
     */
    public static List<Object> of(RecordComponent component) {
        Field field = component.getAnnotation(Field.class);
        if (field == null || field.examples().length == 0) {
            return List.of();
        }
        Type type = component.getGenericType();
        Type value = Types.raw(type) == Optional.class ? Types.argument(type, 0) : type;
        if (value instanceof Class<?> raw && textual(raw)) {
            return List.of((Object[]) field.examples());
        }
        String where =
                "@Field(examples) on " + component.getDeclaringRecord().getSimpleName() + "." + component.getName();
        return json(field.examples(), where);
    }

    /** A body parameter's docs with its {@code @Body} examples added. */
    static Description.ParameterDocs withBody(Description.ParameterDocs docs, Body body, String where) {
        if (body == null || (body.examples().length == 0 && body.openapiExamples().length == 0)) {
            return docs;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (OpenApiExample example : body.openapiExamples()) {
            Map<String, Object> node = new LinkedHashMap<>();
            if (!example.summary().isEmpty()) {
                node.put("summary", example.summary());
            }
            if (!example.description().isEmpty()) {
                node.put("description", example.description());
            }
            node.put("value", json(example.value(), where + " @OpenApiExample(name = \"" + example.name() + "\")"));
            if (named.put(example.name(), node) != null) {
                throw new IllegalArgumentException(where + ": two @OpenApiExample named \"" + example.name() + "\"");
            }
        }
        return docs.withExamples(json(body.examples(), where + " @Body(examples)"), named);
    }

    private static List<Object> json(String[] texts, String where) {
        List<Object> values = new ArrayList<>(texts.length);
        for (String text : texts) {
            values.add(json(text, where));
        }
        return List.copyOf(values);
    }

    private static Object json(String text, String where) {
        try {
            return Json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": the example is not JSON: " + text, e);
        }
    }

    private static boolean textual(Class<?> raw) {
        return raw == String.class
                || raw == char.class
                || raw == Character.class
                || raw.isEnum()
                || raw == UUID.class
                || raw == URI.class
                || Temporal.class.isAssignableFrom(raw);
    }
}
