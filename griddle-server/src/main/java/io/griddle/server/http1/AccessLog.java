package io.griddle.server.http1;

import io.griddle.server.logging.AccessLine;
import io.griddle.server.logging.AccessLogWriter;
import io.netty.handler.codec.http.HttpRequest;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, Uvicorn's format with the response time added:
 * {@code 127.0.0.1:53432 - "GET /quick HTTP/1.1" 200 0.41ms}, with {@code HTTP/2} for a request on an HTTP/2
 * stream (which reaches the connection as HTTP/1.1 objects). Requests the server answers itself (413, 503 over the
 * concurrency limit, 408 and 503 on the request timeout, 400/414/431 for malformed ones) are logged alike. Logged to
 * {@code griddle.access} at INFO. What the client sent is escaped ({@link io.griddle.http.LogText}).
 *
 * <p>The loop only hands the line's values over ({@link AccessLine}); the server's {@link AccessLogWriter} makes
 * the text and writes it off the loop.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.access");

    private AccessLog() {}

    /**
     * @param request the request's head, or {@code null} when its request line could not be read (a request the
     *                server refused as malformed): the line then shows {@code "-"}
     */
    static void log(
            AccessLogWriter writer,
            InetSocketAddress client,
            HttpRequest request,
            boolean http2,
            int status,
            long startedNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long nanos = System.nanoTime() - startedNanos;
        writer.add(
                request == null
                        ? AccessLine.request(client, null, null, null, status, nanos)
                        : AccessLine.request(
                                client,
                                request.method().name(),
                                request.uri(),
                                http2 ? "HTTP/2" : request.protocolVersion().text(),
                                status,
                                nanos));
    }
}
