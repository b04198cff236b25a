package io.griddle.websocket;

import io.griddle.gateway.Chunk;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.Request;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A session's handshake as a {@code GET} request without a body, so that whatever reads a request (dependencies,
 * security schemes, parameter binders) reads the handshake unchanged.
 */
final class Handshake {

    private Handshake() {}

    static Request request(WebSocketScope scope, Map<String, Object> state) {
        String scheme = "wss".equals(scope.scheme()) ? "https" : "http";
        HttpScope http = new HttpScope(
                "GET",
                scope.path(),
                scope.path(),
                scope.rawQuery(),
                "1.1",
                scheme,
                scope.rootPath(),
                scope.headers(),
                scope.connection());
        return new Request(http, Handshake::noBody, state);
    }

    private static CompletionStage<Message> noBody() {
        return CompletableFuture.completedFuture(new HttpMessage.RequestBody(Chunk.of(new byte[0]), false));
    }
}
