package io.griddle.server.http1;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A gateway application small enough to read at a glance, for connection tests: each path answers with text, at
 * once or when a test lets it.
 */
final class TinyApp implements Gateway {

    /** What a route does with its request; its stage gives the text answered. */
    interface Route {
        CompletionStage<String> answer(Receive receive, Send send);
    }

    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    TinyApp route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    TinyApp text(String path, String text) {
        return route(path, (receive, send) -> CompletableFuture.completedFuture(text));
    }

    @Override
    public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
        Route route = routes.get(((HttpScope) scope).path());
        if (route == null) {
            return respond(send, 404, "not found");
        }
        return route.answer(receive, send)
                .thenCompose(text -> text == null ? Gateway.done() : respond(send, 200, text));
    }

    static CompletionStage<Void> respond(Send send, int status, String text) {
        return send.send(new HttpMessage.ResponseStart(status, Headers.of("content-type", "text/plain")))
                .thenCompose(v -> send.send(
                        HttpMessage.ResponseBody.last(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))));
    }

    /** Reads the whole body, releasing each chunk, and gives its size in bytes. */
    static CompletionStage<Integer> bodySize(Receive receive) {
        return readFrom(receive, 0, size -> size);
    }

    private static CompletionStage<Integer> readFrom(Receive receive, int sizeSoFar, Function<Integer, Integer> done) {
        return receive.receive().thenCompose((Message message) -> {
            if (!(message instanceof HttpMessage.RequestBody body)) {
                return CompletableFuture.completedFuture(done.apply(sizeSoFar));
            }
            int size = sizeSoFar + body.chunk().buffer().remaining();
            body.chunk().release();
            return body.more() ? readFrom(receive, size, done) : CompletableFuture.completedFuture(done.apply(size));
        });
    }
}
