package io.griddle.server.http1;

import io.netty.channel.Channel;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stages that complete once the socket's write buffer drains below its high-water mark: how a streaming response
 * waits for a slow reader. A writable channel answers a completed stage, allocating nothing.
 */
final class Writability {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private List<CompletableFuture<Void>> waiting;

    /** A stage that completes when the channel is writable, or fails when it closed. */
    CompletionStage<Void> writable(Channel channel, boolean closed) {
        if (channel.isWritable()) {
            return DONE;
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ClosedChannelException());
        }
        if (waiting == null) {
            waiting = new ArrayList<>(2);
        }
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        waiting.add(waiter);
        return waiter;
    }

    /** The channel's writability changed: the waiters go on if it is writable now. */
    void changed(Channel channel) {
        if (channel.isWritable() && waiting != null) {
            List<CompletableFuture<Void>> waiters = waiting;
            waiting = null;
            waiters.forEach(w -> w.complete(null));
        }
    }

    /** The channel closed: every waiter fails. */
    void closed() {
        if (waiting != null) {
            List<CompletableFuture<Void>> waiters = waiting;
            waiting = null;
            waiters.forEach(w -> w.completeExceptionally(new ClosedChannelException()));
        }
    }
}
