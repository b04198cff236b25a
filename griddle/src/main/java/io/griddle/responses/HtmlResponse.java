package io.griddle.responses;

import io.griddle.http.Response;
import java.util.Map;

/**
 * {@code text/html; charset=utf-8}, as FastAPI's {@code HTMLResponse}: the handler returns the page as a
 * {@code String} (or bytes).
 *
 * <pre>{@code
 * @ResponseClass(HtmlResponse.class) @Get("/") String home() { return "<h1>Home</h1>"; }
 * }</pre>
 */
public final class HtmlResponse implements ResponseRenderer {

    /** Made once per route class by {@code @ResponseClass}; public for use in tests and custom renderers. */
    public HtmlResponse() {}

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public Map<String, Object> schema() {
        return Map.of("type", "string");
    }

    @Override
    public Response render(Object value, int status) {
        return Response.bytes(ResponseRenderer.bytesOf(value, "HtmlResponse"), "text/html; charset=utf-8")
                .status(status);
    }
}
