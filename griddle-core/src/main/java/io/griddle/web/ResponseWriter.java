package io.griddle.web;

import io.griddle.concurrent.Stages;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Send;
import io.griddle.http.Response;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Sends a {@link Response} through the gateway: the start, then the whole body, a file, or the streamed chunks. */
final class ResponseWriter {

    private ResponseWriter() {}

    static CompletionStage<Void> write(Response response, Send send) {
        HttpMessage.ResponseStart start = new HttpMessage.ResponseStart(response.status(), response.headers());
        ByteBuffer body = response.body();
        if (body != null) {
            CompletionStage<Void> started = send.send(start);
            // The usual case: the server took the start at once, so skip a continuation.
            if (Stages.succeeded(started)) {
                return send.send(HttpMessage.ResponseBody.last(body));
            }
            return started.thenCompose(v -> send.send(HttpMessage.ResponseBody.last(body)));
        }
        Response.FileBody file = response.file();
        if (file != null) {
            return send.send(start)
                    .thenCompose(
                            v -> send.send(new HttpMessage.ResponseFile(file.path(), file.position(), file.count())));
        }
        // Cancellable, so that cancelling the write (the client left) reaches the stream writer's stage.
        return Stages.cancellable(send.send(start))
                .thenCompose(v -> {
                    try {
                        return response.stream().writeTo(chunk -> send.send(new HttpMessage.ResponseBody(chunk, true)));
                    } catch (Exception error) {
                        return CompletableFuture.failedFuture(error);
                    }
                })
                .thenCompose(v -> send.send(HttpMessage.ResponseBody.end()));
    }
}
