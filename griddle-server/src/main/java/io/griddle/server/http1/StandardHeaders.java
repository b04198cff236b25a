package io.griddle.server.http1;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.util.Map;

/**
 * The headers the server adds to answers made outside {@link HttpStream} (a WebSocket's handshake and denials):
 * {@code date} and {@code server} as the flags say, and the {@code --header} ones, each unless already set.
 */
public final class StandardHeaders {

    private StandardHeaders() {}

    /** Adds {@code date}, {@code server} and the extra headers that are not set yet. */
    public static void addTo(HttpHeaders headers, ConnectionSettings settings) {
        if (settings.dateHeader() && !headers.contains(HttpHeaderNames.DATE)) {
            headers.set(HttpHeaderNames.DATE, ServerHeaders.date());
        }
        if (settings.serverHeader() && !headers.contains(HttpHeaderNames.SERVER)) {
            headers.set(HttpHeaderNames.SERVER, ServerHeaders.SERVER);
        }
        for (Map.Entry<AsciiString, String> extra : settings.extraHeaders()) {
            if (!headers.contains(extra.getKey())) {
                headers.add(extra.getKey(), extra.getValue());
            }
        }
    }
}
