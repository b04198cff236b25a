package io.griddle.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper Griddle uses for bodies: Jackson 3, compact output, unknown properties ignored on input,
 * date-times and durations written as FastAPI writes them ({@link JsonTimes}).
 * Immutable and thread-safe; build one mapper per process and reuse it, as here.
 */
public final class Json {

    // Values are held to the default limits (depth, a number's, a string's, a name's length); the size and the
    // tokens of a document are not, as this mapper also reads what the application itself trusts. Request bodies
    // bound by an endpoint have their size and tokens limited too (App.jsonLimits).
    private static final JsonMapper MAPPER = build(JsonLimits.defaults()
            .constraints()
            .rebuild()
            .maxDocumentLength(-1)
            .maxTokenCount(-1)
            .build());

    private static final ObjectWriter WRITER = MAPPER.writer();

    private static final AtomicBoolean WARMED = new AtomicBoolean();

    private Json() {}

    /**
     * Sets Jackson up on the calling thread by writing and reading a small document: its first use takes tens of
     * milliseconds on a cold JVM, enough to trip the loop watchdog were it paid on an event loop. Part of a
     * {@link io.griddle.web.WebApp}'s warm-up ({@link io.griddle.gateway.Gateway#warmUp()}); the work is done once
     * per process, later calls return at once.
     */
    public static void warmUp() {
        if (WARMED.compareAndSet(false, true)) {
            MAPPER.writeValueAsBytes(Map.of("warm", List.of(1, "up", 1.5, true)));
            MAPPER.readValue("{\"warm\":[1,\"up\",1.5,true]}", Object.class);
        }
    }

    /**
     * The shared mapper. What it reads is held to the nesting depth and the number, string and name lengths of
     * {@link JsonLimits#defaults()}, without a limit on the document's size or tokens.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A new mapper like the shared one whose parsers hold input to all these limits, size and tokens included: build
     * it once (at startup) and keep it.
     *
     * <pre>{@code
     * JsonMapper uploads = Json.mapper(JsonLimits.defaults().withMaxDocumentBytes(64L << 20)); // once
     * }</pre>
     */
    public static JsonMapper mapper(JsonLimits limits) {
        return build(limits.constraints());
    }

    private static JsonMapper build(StreamReadConstraints constraints) {
        return JsonMapper.builder(JsonFactory.builder()
                        .recyclerPool(new JsonBuffers())
                        .streamReadConstraints(constraints)
                        .build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // keep declaration order, as Pydantic does
                .addModule(JsonTimes.module()) // date-times with "+00:00", durations as seconds
                .addModule(SealedRecordUnions.module()) // a sealed interface of records: each value as its record
                .build();
    }

    /** Serializes a value to UTF-8 JSON bytes. */
    public static byte[] write(Object value) {
        return KeptGenerator.write(WRITER, value);
    }

    /**
     * Serializes a value to UTF-8 JSON bytes with a writer of the shared mapper: the same bytes as
     * {@code writer.writeValueAsBytes(value)}, made faster on event loops, which keep one generator each.
     *
     * <pre>{@code
     * ObjectWriter items = Json.mapper().writerFor(Item.class); // once
     * byte[] body = Json.write(items, item);                    // per response
     * }</pre>
     *
     * <p>The kept generator writes compact JSON: a writer with a pretty printer of its own must be called directly
     * ({@code writer.writeValueAsBytes(value)}).
     */
    public static byte[] write(ObjectWriter writer, Object value) {
        return KeptGenerator.write(writer, value);
    }

    /**
     * The value as plain JSON values, FastAPI's {@code jsonable_encoder}: records and beans become {@code Map}s,
     * collections and arrays {@code List}s, dates, times, UUIDs and enums their JSON text (ISO-8601 for dates), numbers
     * and booleans stay. What {@link #write} would send, as Java values: to store in a JSON column, put in a
     * {@code Map} or return from a handler as a {@link Response#json}.
     *
     * <pre>{@code
     * record Item(String title, LocalDateTime timestamp) {}
     * Json.encodable(new Item("Foo", LocalDateTime.of(2026, 12, 7, 10, 0)));
     * // {title=Foo, timestamp=2026-12-07T10:00:00}
     * }</pre>
     */
    public static Object encodable(Object value) {
        return JsonEncodable.of(value);
    }

    /** Parses UTF-8 JSON bytes into a value of the type. */
    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
