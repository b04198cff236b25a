package io.griddle.binding.responses;

import io.griddle.Streamed;
import io.griddle.http.Json;
import io.griddle.http.Response;
import io.griddle.streaming.StreamingResponse;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectWriter;

/**
 * Handlers whose result is a stream of items: which declared types are (a {@code Stream}, {@code Iterator} or
 * {@code Flow.Publisher}; an {@code Iterable} only with {@link Streamed}, as a {@code List} is otherwise a JSON
 * array), their media type ({@code @Streamed}, else JSON Lines) and the renderer, made once per method, that turns
 * the result into a streamed response with the item type's JSON writer.
 */
public final class StreamedResults {

    /**
     * What the document says of a streamed route.
     *
     * @param mediaType the media type; empty for raw chunks without one
     * @param item      the declared item type ({@code Object} when it says nothing)
     */
    public record Streaming(String mediaType, Type item) {}

    private StreamedResults() {}

    /** The streaming of a method's declared result type, or {@code null} when it is not a stream of items. */
    public static Streaming of(Method method, Type declared) {
        Class<?> raw = raw(declared);
        Streamed settings = method.getAnnotation(Streamed.class);
        boolean streamed = Stream.class.isAssignableFrom(raw)
                || Iterator.class.isAssignableFrom(raw)
                || Flow.Publisher.class.isAssignableFrom(raw)
                || (settings != null && Iterable.class.isAssignableFrom(raw));
        if (!streamed) {
            if (settings != null) {
                throw new IllegalArgumentException(method + ": @Streamed needs a Stream, Iterator, Iterable or"
                        + " Flow.Publisher result, not " + declared.getTypeName());
            }
            return null;
        }
        return new Streaming(settings == null ? Streamed.JSON_LINES : settings.value(), item(declared));
    }

    /** The renderer of a streamed method's results, with the status code. */
    public static Function<Object, Response> renderer(Method method, Streaming streaming, int status) {
        Function<Object, byte[]> json = json(streaming.item());
        Streamed settings = method.getAnnotation(Streamed.class);
        Duration keepAlive = Duration.ofMillis(settings == null ? 15_000 : settings.keepAliveMillis());
        String mediaType = streaming.mediaType().isEmpty() ? null : streaming.mediaType();
        return value -> {
            if (value instanceof Response response) {
                return response;
            }
            if (value == null) {
                throw new IllegalStateException(method + " returned null instead of a stream of items");
            }
            Response response = StreamingResponse.forMediaType(mediaType, value, json, keepAlive);
            return status == 200 ? response : response.status(status);
        };
    }

    // The items' JSON through the declared item type's writer (its properties, not a subclass's), made once.
    private static Function<Object, byte[]> json(Type item) {
        if (item == Object.class || item == io.griddle.streaming.ServerSentEvent.class) {
            return Json::write;
        }
        ObjectWriter writer = Json.mapper().writerFor(Json.mapper().constructType(item));
        return value -> Json.write(writer, value);
    }

    private static Type item(Type declared) {
        if (declared instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof WildcardType wildcard) {
                Type[] upper = wildcard.getUpperBounds();
                return upper.length == 1 ? upper[0] : Object.class;
            }
            return argument instanceof Class<?> || argument instanceof ParameterizedType ? argument : Object.class;
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
