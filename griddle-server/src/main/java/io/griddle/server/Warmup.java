package io.griddle.server;

import io.griddle.gateway.Gateway;
import io.griddle.routing.Endpoint;
import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.ConnectionTracker;
import io.griddle.server.http1.HttpConnection;
import io.griddle.server.http1.codec.Http1Codec;
import io.griddle.web.WebApp;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * The server's one warm-up step, run once at start, before the lifespan startup and before the socket opens, on the
 * starting thread. A cold JVM loads and links code on the first request otherwise, on an event loop, slowly enough
 * to trip the watchdog: a false alarm on every start. In order:
 * <ol>
 *   <li>the application's own warm-up ({@link Gateway#warmUp()}): for a {@code WebApp} the core's part (Jackson)
 *       and what the framework contributes (the multipart decoder when a route takes a form);</li>
 *   <li>the server's request path: a few requests through the codec, connection, gateway, routing, dispatch and
 *       JSON writing, in memory, to an internal app, never the user's.</li>
 * </ol>
 * Each part is its layer's: the server knows nothing of forms, the core nothing of Netty.
 */
final class Warmup {

    private Warmup() {}

    /**
     * Runs the warm-up for the application. Never fails: a part that goes wrong only means a slower first request
     * (logged at debug, and the next part runs).
     *
     * @return the parts that completed, in order ({@code application}, {@code request path})
     */
    static List<String> run(Gateway app) {
        List<String> done = new ArrayList<>(2);
        attempt("application", app::warmUp, done);
        attempt("request path", Warmup::exercise, done);
        return done;
    }

    private static void attempt(String part, Runnable warmUp, List<String> done) {
        try {
            warmUp.run();
            done.add(part);
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger("griddle.server").debug("warm-up of the {} failed", part, e);
        }
    }

    private static void exercise() {
        WebApp app = new WebApp()
                .get(
                        "/warm/{id:int}",
                        Endpoint.async(request -> CompletableFuture.completedFuture(Map.of(
                                "id", request.pathParams().get("id"), "q", String.valueOf(request.queryParam("q"))))));
        ConnectionSettings settings =
                ConnectionSettings.builder(app, ConnectionTracker.NONE).build();
        EmbeddedChannel channel =
                new EmbeddedChannel(new Http1Codec(new HttpDecoderConfig()), new HttpConnection(settings));
        try {
            for (int i = 0; i < 3; i++) {
                channel.writeInbound(Unpooled.copiedBuffer(
                        "GET /warm/" + i + "?q=x HTTP/1.1\r\nHost: warm\r\n\r\n"
                                + "GET /missing HTTP/1.1\r\nHost: warm\r\n\r\n",
                        StandardCharsets.US_ASCII));
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
