package io.griddle.http;

import io.griddle.concurrent.Stages;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads a request body chunk by chunk, as Starlette's {@code request.stream()}: the next chunk is received only once
 * the reader has taken the previous one, so a slow reader slows the client (the server's backpressure) and the body is
 * never held whole. Used through {@link Request#stream}.
 */
public final class BodyStream {

    /** Takes the body's chunks, one at a time. */
    @FunctionalInterface
    public interface Reader {
        /**
         * Takes a chunk: the reader owns it and must {@link Chunk#release() release} it. The next
         * chunk is received when the stage completes; a failed stage ends the stream with its failure.
         *
         * @param chunk the bytes (possibly empty)
         * @param last  whether this is the body's last chunk
         */
        CompletionStage<Void> read(Chunk chunk, boolean last) throws Exception;
    }

    private final Receive receive;
    private final Reader reader;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private BodyStream(Receive receive, Reader reader) {
        this.receive = receive;
        this.reader = reader;
    }

    static CompletionStage<Void> read(Receive receive, Reader reader) {
        BodyStream stream = new BodyStream(receive, reader);
        stream.next();
        return stream.done;
    }

    // Receives and hands over chunks in a loop while both sides answer at once (a body already buffered, a reader
    // with room): no recursion, however many chunks. A side that has to wait continues the loop when it answers.
    private void next() {
        while (true) {
            CompletionStage<Message> message;
            try {
                message = receive.receive();
            } catch (Throwable error) {
                done.completeExceptionally(error);
                return;
            }
            if (!(message instanceof CompletableFuture<Message> ready && Stages.succeeded(ready))) {
                message.whenComplete((received, error) -> {
                    if (error != null) {
                        done.completeExceptionally(error);
                    } else if (take(received)) {
                        next();
                    }
                });
                return;
            }
            if (!take(ready.join())) {
                return;
            }
        }
    }

    // Hands a message to the reader; true when the next chunk may be received now, else the stream goes on (or ends)
    // when the reader answers.
    private boolean take(Message message) {
        if (!(message instanceof HttpMessage.RequestBody part)) {
            done.completeExceptionally(new Request.ClientDisconnected());
            return false;
        }
        CompletionStage<Void> taken;
        try {
            taken = reader.read(part.chunk(), !part.more());
        } catch (Throwable error) {
            done.completeExceptionally(error);
            return false;
        }
        if (taken instanceof CompletableFuture<Void> ready && Stages.succeeded(ready)) {
            if (part.more()) {
                return true;
            }
            done.complete(null);
            return false;
        }
        taken.whenComplete((v, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else if (part.more()) {
                next();
            } else {
                done.complete(null);
            }
        });
        return false;
    }
}
