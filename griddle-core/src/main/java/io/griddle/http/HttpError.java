package io.griddle.http;

import io.griddle.gateway.Headers;

/**
 * An error that becomes an HTTP response: {@code {"detail": ...}} with the status and headers given, as FastAPI's
 * {@code HTTPException}. Throw it from a handler, or complete a stage with it.
 *
 * <pre>{@code
 * throw new HttpError(404, "Item not found");
 * throw new HttpError(401, "Not authenticated", Headers.of("www-authenticate", "Bearer"));
 * }</pre>
 */
public class HttpError extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object detail;
    private final transient Headers headers;

    /** An error whose detail is the status's reason phrase. */
    public HttpError(int status) {
        this(status, Status.reason(status));
    }

    public HttpError(int status, Object detail) {
        this(status, detail, Headers.EMPTY);
    }

    /**
     * @param status  the HTTP status
     * @param detail  any JSON-serializable value; it becomes the {@code detail} field of the body
     * @param headers headers to add to the response
     */
    public HttpError(int status, Object detail, Headers headers) {
        super(status + " " + detail, null, false, false); // thrown for control flow: no stack trace needed
        this.status = status;
        this.detail = detail;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public Headers headers() {
        return headers;
    }

    /** The response FastAPI would send for this error: JSON detail, or no body for 204, 304 and 1xx. */
    public Response toResponse() {
        Response response =
                Status.allowsBody(status) ? Response.json(new Detail(detail)).status(status) : Response.empty(status);
        headers.forEach(response::header); // checked: a CR or LF in a value is refused
        return response;
    }

    /** The body shape of every error: {@code {"detail": ...}}. */
    public record Detail(Object detail) {}
}
