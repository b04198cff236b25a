package io.griddle.http;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper Griddle uses for bodies: Jackson 3, compact output, unknown properties ignored on input.
 * Immutable and thread-safe; build one mapper per process and reuse it, as here.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().recyclerPool(new JsonBuffers()).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // keep declaration order, as Pydantic does
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer();

    static {
        // Jackson sets itself up on first use, which takes long enough (tens of ms on a cold JVM) to trip the loop
        // watchdog if it happens on an event loop. Pay it here, when the app is built, instead.
        MAPPER.writeValueAsBytes(java.util.Map.of("warm", java.util.List.of(1, "up", 1.5, true)));
        MAPPER.readValue("{\"warm\":[1,\"up\",1.5,true]}", Object.class);
    }

    private Json() {
    }

    /** The shared mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
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
     */
    public static byte[] write(ObjectWriter writer, Object value) {
        return KeptGenerator.write(writer, value);
    }

    /** Parses UTF-8 JSON bytes into a value of the type. */
    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
