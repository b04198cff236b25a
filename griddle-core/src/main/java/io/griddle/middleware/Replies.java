package io.griddle.middleware;

import io.griddle.gateway.HeaderList;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/** A middleware's own answer, sent without calling the application: a short text, or a WebSocket close. */
final class Replies {

    /** The close code for a session refused by policy (RFC 6455). */
    static final int POLICY_VIOLATION = 1008;

    private Replies() {}

    /** A {@code text/plain} response with the headers given (the content type and length are added). */
    static CompletionStage<Void> text(Send send, int status, HeaderList headers, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        headers.set("content-type", "text/plain; charset=utf-8");
        headers.set("content-length", Integer.toString(body.length));
        return send.send(new HttpMessage.ResponseStart(status, headers))
                .thenCompose(v -> send.send(HttpMessage.ResponseBody.last(ByteBuffer.wrap(body))));
    }

    /** An empty redirect to the location. */
    static CompletionStage<Void> redirect(Send send, int status, String location) {
        HeaderList headers = new HeaderList(2).add("location", location).add("content-length", "0");
        return send.send(new HttpMessage.ResponseStart(status, headers))
                .thenCompose(v -> send.send(HttpMessage.ResponseBody.end()));
    }

    /**
     * Refuses a scope: a text response for HTTP; a close for a WebSocket, which has no response to carry a status
     * before it is accepted.
     */
    static CompletionStage<Void> refuse(Scope scope, Send send, int status, String text) {
        if (scope instanceof io.griddle.gateway.WebSocketScope) {
            return send.send(new WebSocketMessage.Close(POLICY_VIOLATION, text));
        }
        return text(send, status, new HeaderList(2), text);
    }
}
