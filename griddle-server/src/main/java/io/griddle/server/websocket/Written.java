package io.griddle.server.websocket;

import io.netty.channel.ChannelFuture;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A write as the gateway's {@code send} answers it: done once on the socket, failed when the peer is gone. */
final class Written {

    private Written() {}

    static CompletionStage<Void> stage(ChannelFuture write) {
        if (write.isSuccess()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        write.addListener(future -> {
            if (future.isSuccess()) {
                done.complete(null);
            } else {
                done.completeExceptionally(new ClosedChannelException());
            }
        });
        return done;
    }
}
