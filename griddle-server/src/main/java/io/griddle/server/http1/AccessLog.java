package io.griddle.server.http1;

import io.griddle.http.LogText;
import io.netty.handler.codec.http.HttpRequest;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, Uvicorn's format with the response time added:
 * {@code 127.0.0.1:53432 - "GET /quick HTTP/1.1" 200 0.41ms}, with {@code HTTP/2} for a request on an HTTP/2
 * stream (which reaches the connection as HTTP/1.1 objects). Requests the server answers itself (413, 503 over the
 * concurrency limit, 408 and 503 on the request timeout, 400/414/431 for malformed ones) are logged alike. Logged to
 * {@code griddle.access} at INFO. What the client sent is escaped ({@link LogText}).
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.access");

    private AccessLog() {}

    /**
     * @param request the request's head, or {@code null} when its request line could not be read (a request the
     *                server refused as malformed): the line then shows {@code "-"}
     */
    static void log(InetSocketAddress client, HttpRequest request, boolean http2, int status, long startedNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double millis = (System.nanoTime() - startedNanos) / 1_000_000.0;
        String address = client == null ? "-" : client.getHostString() + ":" + client.getPort();
        // The method and target come from the client: escaped, so that a request cannot forge lines or send
        // terminal escapes (checked requests have neither; an HTTP/2 request's target is checked later).
        String line = request == null
                ? "-"
                : LogText.escape(request.method() + " " + request.uri()) + " "
                        + (http2 ? "HTTP/2" : request.protocolVersion().text());
        LOG.info("{} - \"{}\" {} {}ms", address, line, status, String.format("%.2f", millis));
    }
}
