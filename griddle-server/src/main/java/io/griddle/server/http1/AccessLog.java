package io.griddle.server.http1;

import io.netty.handler.codec.http.HttpRequest;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, Uvicorn's format with the response time added:
 * {@code 127.0.0.1:53432 - "GET /quick HTTP/1.1" 200 0.41ms}, with {@code HTTP/2} for a request on an HTTP/2
 * stream (which reaches the connection as HTTP/1.1 objects). Logged to {@code griddle.access} at INFO.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.access");

    private AccessLog() {
    }

    static void log(InetSocketAddress client, HttpRequest request, boolean http2, int status, long startedNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double millis = (System.nanoTime() - startedNanos) / 1_000_000.0;
        String address = client == null ? "-" : client.getHostString() + ":" + client.getPort();
        LOG.info("{} - \"{} {} {}\" {} {}ms", address, request.method(), request.uri(),
                http2 ? "HTTP/2" : request.protocolVersion().text(),
                status, String.format("%.2f", millis));
    }
}
