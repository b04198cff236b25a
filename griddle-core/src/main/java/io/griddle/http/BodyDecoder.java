package io.griddle.http;

import java.io.IOException;

/**
 * Turns a request's body, as it arrived, into the body its handler reads: a compressed body into plain bytes, say.
 * Set one on a request with {@link Request#decodeBody(BodyDecoder)}, usually from a router's middleware, before
 * anything reads the body; {@link Request#body()} (and so the JSON and form binding) then returns what it decodes.
 * This is Griddle's counterpart of a custom request class whose {@code body()} is overridden.
 *
 * <pre>{@code
 * final class GzipRequest implements BodyDecoder {
 *     public byte[] decode(Request request, byte[] body) throws IOException {
 *         if (!"gzip".equals(request.header("content-encoding"))) {
 *             return body;
 *         }
 *         try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
 *             byte[] plain = in.readNBytes(1 << 20);                     // at most 1 MiB...
 *             if (in.read() != -1) throw new HttpError(413, "Content Too Large");   // ...or a 413
 *             return plain;
 *         }
 *     }
 * }
 * router.use((request, next) -> {
 *     request.decodeBody(new GzipRequest());
 *     return next.handle(request);
 * });
 * }</pre>
 *
 * <p>A decoder runs once per request, on the thread that completes the body (the event loop, usually), so it must
 * be quick and bounded: a decompressing decoder limits what it inflates (the server's body limit applies to the bytes
 * as they arrived only). An {@link IOException} or other failure becomes a 400 {@code {"detail": "There was an error
 * parsing the body"}}; an {@link HttpError} it throws (413 for too much, say) is answered as it is.
 */
@FunctionalInterface
public interface BodyDecoder {

    /**
     * The body the handler reads.
     *
     * @param request the request, for its headers ({@code content-encoding})
     * @param body    the whole body as it arrived
     */
    byte[] decode(Request request, byte[] body) throws IOException;
}
