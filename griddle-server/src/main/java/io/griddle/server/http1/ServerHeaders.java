package io.griddle.server.http1;

import io.netty.handler.codec.DateFormatter;
import io.netty.util.AsciiString;
import java.util.Date;

/** The headers the server adds to every response: {@code date} (formatted once a second) and {@code server}. */
final class ServerHeaders {

    static final AsciiString SERVER = AsciiString.cached("griddle");

    private static volatile long second;
    private static volatile AsciiString date = AsciiString.cached(DateFormatter.format(new Date()));

    private ServerHeaders() {}

    /** The current {@code date} value, recomputed at most once per second. */
    static AsciiString date() {
        long now = System.currentTimeMillis() / 1000;
        if (now != second) {
            date = new AsciiString(DateFormatter.format(new Date(now * 1000)));
            second = now;
        }
        return date;
    }
}
