package io.griddle.responses;

import io.griddle.http.Json;
import io.griddle.http.Response;
import java.nio.charset.StandardCharsets;

/**
 * JSON sent as the handler made it, the counterpart of FastAPI's {@code ORJSONResponse} for speed: bytes or a
 * {@code String} that already are JSON go out untouched; any other value is written by Jackson as its runtime class
 * is, with no response model in between (so nothing is filtered: return exactly what may leave).
 *
 * <pre>{@code
 * @ResponseClass(RawJsonResponse.class) @Get("/items/") byte[] items() { return cache.itemsJson(); }
 * }</pre>
 */
public final class RawJsonResponse implements ResponseRenderer {

    /** Made once per route class by {@code @ResponseClass}; public for use in tests and custom renderers. */
    public RawJsonResponse() {}

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public Response render(Object value, int status) {
        byte[] json = value instanceof byte[] bytes
                ? bytes
                : value instanceof CharSequence text
                        ? text.toString().getBytes(StandardCharsets.UTF_8)
                        : Json.write(value);
        Response response = Response.rawJson(json);
        return status == 200 ? response : response.status(status);
    }
}
