package io.griddle.responses;

import io.griddle.http.Response;
import java.util.Map;

/**
 * Turns a handler's result into a response, for {@link io.griddle.ResponseClass @ResponseClass}: FastAPI's response
 * classes ({@link HtmlResponse}, {@link PlainTextResponse}, {@link RedirectResponse}, {@link JsonResponse},
 * {@link RawJsonResponse}) or one of your own, which the OpenAPI document describes by {@link #mediaType()} and
 * {@link #schema()}.
 *
 * <pre>{@code
 * public final class CsvResponse implements ResponseRenderer {
 *     public String mediaType() { return "text/csv"; }
 *     public Map<String, Object> schema() { return Map.of("type", "string"); }
 *     public Response render(Object value, int status) {
 *         return Response.bytes(value.toString().getBytes(UTF_8), "text/csv; charset=utf-8").status(status);
 *     }
 * }
 * }</pre>
 */
public interface ResponseRenderer {

    /** The media type the document shows for the success response; {@code null} for a response without content. */
    String mediaType();

    /** The schema the document shows under the media type; {@code null} for the route's response model's. */
    default Map<String, Object> schema() {
        return null;
    }

    /** The success status when the route has no {@code @StatusCode}. */
    default int status() {
        return 200;
    }

    /**
     * The response for what the handler returned (a returned {@link Response} never gets here).
     *
     * @param value  the handler's result
     * @param status the route's success status
     */
    Response render(Object value, int status);

    /** The text of a result given as text ({@code CharSequence}) or bytes (UTF-8), for text renderers. */
    static byte[] bytesOf(Object value, String renderer) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof CharSequence text) {
            return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException(renderer + " renders text or bytes, not "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
