package io.griddle.server;

import io.griddle.routing.Endpoint;
import io.griddle.server.http1.ConnectionTracker;
import io.griddle.server.http1.codec.Http1Codec;
import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.HttpConnection;
import io.griddle.web.WebApp;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * Sends a few requests through Griddle's own request path (codec, connection, gateway, routing, dispatch, JSON)
 * in memory before the socket opens, to an internal app, never the user's. A cold JVM loads and links that code on
 * the first request otherwise, on an event loop, slowly enough to trip the watchdog: a false alarm on every start.
 */
final class Warmup {

    private static final ConnectionTracker UNTRACKED = new ConnectionTracker() {
        @Override public void requestStarted() { }
        @Override public void requestEnded() { }
        @Override public boolean shuttingDown() { return false; }
    };

    private Warmup() {
    }

    /** Never fails: a warm-up that goes wrong only means a slower first request. */
    static void run() {
        try {
            exercise();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger("griddle.server").debug("warm-up failed", e);
        }
    }

    private static void exercise() {
        WebApp app = new WebApp()
                .get("/warm/{id:int}", Endpoint.async(request -> CompletableFuture.completedFuture(
                        Map.of("id", request.pathParams().get("id"), "q", String.valueOf(request.queryParam("q"))))));
        ConnectionSettings settings = ConnectionSettings.builder(app, UNTRACKED).build();
        EmbeddedChannel channel = new EmbeddedChannel(new Http1Codec(new HttpDecoderConfig()), new HttpConnection(settings));
        try {
            for (int i = 0; i < 3; i++) {
                channel.writeInbound(Unpooled.copiedBuffer("GET /warm/" + i + "?q=x HTTP/1.1\r\nHost: warm\r\n\r\n"
                        + "GET /missing HTTP/1.1\r\nHost: warm\r\n\r\n", StandardCharsets.US_ASCII));
                channel.runPendingTasks();
                for (Object out; (out = channel.readOutbound()) != null; ) {
                    ReferenceCountUtil.release(out);
                }
            }
        } finally {
            channel.finishAndReleaseAll();
        }
    }
}
