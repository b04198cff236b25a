package io.griddle.responses;

import io.griddle.http.Response;
import java.util.Map;

/**
 * {@code text/plain; charset=utf-8}, as FastAPI's {@code PlainTextResponse}: the handler returns a {@code String}
 * (or bytes).
 *
 * <pre>{@code
 * @ResponseClass(PlainTextResponse.class) @Get("/") String hello() { return "Hello World"; }
 * }</pre>
 */
public final class PlainTextResponse implements ResponseRenderer {

    /** Made once per route class by {@code @ResponseClass}; public for use in tests and custom renderers. */
    public PlainTextResponse() {}

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public Map<String, Object> schema() {
        return Map.of("type", "string");
    }

    @Override
    public Response render(Object value, int status) {
        return Response.bytes(ResponseRenderer.bytesOf(value, "PlainTextResponse"), "text/plain; charset=utf-8")
                .status(status);
    }
}
