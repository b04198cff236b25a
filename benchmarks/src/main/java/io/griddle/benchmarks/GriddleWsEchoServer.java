package io.griddle.benchmarks;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.LifespanScope;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.web.WebApp;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Griddle's side of the WebSocket echo benchmark: a gateway application, speaking the WebSocket messages directly,
 * that accepts every WebSocket and echoes each message; an HTTP request gets {@code 200 quick} (for the idle-load
 * script's {@code GET /quick}). Server defaults otherwise (permessage-deflate offered; the load client does not ask
 * for it), no access log.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.griddle.benchmarks.GriddleWsEchoServer [--host H] [--port N]
 * [--loops N]}.
 */
public final class GriddleWsEchoServer {

    private static final ByteBuffer QUICK = ByteBuffer.wrap("quick".getBytes(StandardCharsets.US_ASCII));

    private static final Gateway LIFESPAN = new WebApp();

    private GriddleWsEchoServer() {}

    static final Gateway ECHO = (scope, receive, send) -> {
        if (scope instanceof HttpScope) {
            return send.send(new HttpMessage.ResponseStart(200, Headers.of("content-type", "text/plain")))
                    .thenCompose(v -> send.send(HttpMessage.ResponseBody.last(QUICK.duplicate())));
        }
        if (scope instanceof LifespanScope) {
            return LIFESPAN.call(scope, receive, send); // nothing to start, but the server waits for the answer
        }
        Echo echo = new Echo(receive, send);
        receive.receive()
                .thenCompose(connect -> send.send(new WebSocketMessage.Accept(null, null)))
                .whenComplete((v, error) -> echo.next(error));
        return echo.done;
    };

    // The echo loop as callbacks, not as composed stages: a chain of thenCompose would keep one stage per message
    // alive until the connection ends.
    private record Echo(Receive receive, Send send, CompletableFuture<Void> done) {
        Echo(Receive receive, Send send) {
            this(receive, send, new CompletableFuture<>());
        }

        void next(Throwable error) {
            if (error != null) {
                done.complete(null); // the client is gone
                return;
            }
            receive.receive().whenComplete((message, failed) -> {
                if (failed != null || message instanceof WebSocketMessage.Disconnect) {
                    done.complete(null);
                } else {
                    send.send(message).whenComplete((v, sendFailed) -> next(sendFailed));
                }
            });
        }
    }

    public static void main(String[] args) {
        RawNettyServer.Options options = RawNettyServer.Options.parse(args);
        GriddleServer server = GriddleServer.start(
                ECHO,
                ServerConfig.builder()
                        .host(options.host())
                        .port(options.port())
                        .loops(options.loops())
                        .accessLog(false)
                        .build());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.awaitStop();
    }
}
