package io.griddle.http;

import io.griddle.gateway.HeaderList;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/**
 * An HTTP response: status, headers and a body that is either whole (bytes) or streamed.
 *
 * <pre>{@code
 * Response.json(new Status("ok"));                       // 200 application/json
 * Response.text("created").status(201).header("location", "/items/7");
 * Response.redirect("/login", 303).setCookie(SetCookie.of("next", "/cart"));
 * Response.stream("text/plain", out -> out.write(ByteBuffer.wrap(bytes)));
 * }</pre>
 */
public final class Response {

    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private int status = 200;
    private final HeaderList headers = new HeaderList(4);
    private ByteBuffer body;
    private StreamBody stream;
    private FileBody file;

    private Response(ByteBuffer body) {
        this.body = body;
    }

    /** A JSON response of the value, serialized by Jackson. */
    public static Response json(Object value) {
        return bytes(Json.write(value), JSON);
    }

    /** A JSON response of bytes that already are JSON. */
    public static Response rawJson(byte[] json) {
        return bytes(json, JSON);
    }

    /** A {@code text/plain; charset=utf-8} response. */
    public static Response text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), TEXT);
    }

    /** A {@code text/html; charset=utf-8} response. */
    public static Response html(String html) {
        return bytes(html.getBytes(StandardCharsets.UTF_8), HTML);
    }

    /** A response of raw bytes with the given content type. */
    public static Response bytes(byte[] bytes, String contentType) {
        return new Response(ByteBuffer.wrap(bytes)).header("content-type", contentType);
    }

    /** A response with no body, e.g. {@code Response.empty(204)}. */
    public static Response empty(int status) {
        return new Response(NOTHING).status(status);
    }

    /** A redirect, 307 by default as Starlette's. */
    public static Response redirect(String location) {
        return redirect(location, 307);
    }

    /**
     * A redirect with the status (301, 302, 303, 307, 308), as Starlette's {@code RedirectResponse(url, status_code)}:
     * the location percent-encoded where it has characters a URL cannot carry ({@code /café} becomes
     * {@code /caf%C3%A9}).
     */
    public static Response redirect(String location, int status) {
        return empty(status).header("location", Redirects.quote(location));
    }

    /**
     * Adds a {@code set-cookie} header, as Starlette's {@code set_cookie}.
     *
     * <pre>{@code
     * response.setCookie(SetCookie.of("session", token).httpOnly(true).maxAge(3600));
     * }</pre>
     */
    public Response setCookie(SetCookie cookie) {
        return header("set-cookie", cookie.headerValue());
    }

    /** Adds a {@code set-cookie} header for the name and value, with path {@code /} and {@code SameSite=lax}. */
    public Response setCookie(String name, String value) {
        return setCookie(SetCookie.of(name, value));
    }

    /**
     * Tells the browser to drop the cookie (path {@code /}), as Starlette's {@code delete_cookie}; for another path or
     * domain, send {@code setCookie(SetCookie.deletion(name).path(...))}.
     */
    public Response deleteCookie(String name) {
        return setCookie(SetCookie.deletion(name));
    }

    /**
     * A streamed body: the writer is called once and writes chunks; each write's stage completes when the transport
     * can take more, which is the backpressure. The response uses chunked transfer unless a content-length is set.
     */
    public static Response stream(String contentType, StreamBody writer) {
        Response response = new Response(null).header("content-type", contentType);
        response.stream = writer;
        return response;
    }

    /**
     * A body that is a region of a file, sent by the server itself ({@code sendfile} where the transport allows):
     * the low-level form; {@code io.griddle.files.FileResponse} adds the media type, validators and ranges.
     *
     * <pre>{@code
     * Response.file(Path.of("video.mp4"), 0, Files.size(path), "video/mp4");
     * }</pre>
     */
    public static Response file(Path path, long position, long count, String contentType) {
        Response response = new Response(null).header("content-type", contentType);
        response.file = new FileBody(path, position, count);
        return response;
    }

    /** Sets the status. */
    public Response status(int status) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        this.status = status;
        return this;
    }

    /** Adds a header; CR and LF are refused, so a value cannot split the response. */
    public Response header(String name, String value) {
        checkHeader(name, value);
        headers.add(name, value);
        return this;
    }

    /** Replaces a header. */
    public Response setHeader(String name, String value) {
        checkHeader(name, value);
        headers.set(name, value);
        return this;
    }

    private static void checkHeader(String name, String value) {
        if (name.isEmpty() || hasLineBreak(name) || hasLineBreak(value)) {
            throw new IllegalArgumentException("header names and values must not contain CR or LF: " + name);
        }
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }

    public int status() {
        return status;
    }

    /** The headers, mutable. */
    public HeaderList headers() {
        return headers;
    }

    /** The whole body, or {@code null} for a streamed or a file response. */
    public ByteBuffer body() {
        return body == null ? null : body.duplicate();
    }

    /** The stream writer, or {@code null} for a whole body. */
    public StreamBody stream() {
        return stream;
    }

    /** The file region of a {@link #file} response, or {@code null}. */
    public FileBody file() {
        return file;
    }

    /**
     * A region of a file as a response body.
     *
     * @param path     the file
     * @param position its first byte to send
     * @param count    how many bytes
     */
    public record FileBody(Path path, long position, long count) {}

    /** Writes a streamed body. */
    @FunctionalInterface
    public interface StreamBody {
        CompletionStage<Void> writeTo(BodyWriter out) throws Exception;
    }

    /** Where a {@link StreamBody} writes. */
    @FunctionalInterface
    public interface BodyWriter {
        /** Writes a chunk; the stage completes when the transport can take the next one. */
        CompletionStage<Void> write(ByteBuffer chunk);

        default CompletionStage<Void> write(String text) {
            return write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public String toString() {
        return "Response[" + status + " " + headers + "]";
    }
}
