package io.griddle.server.websocket;

import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * The received messages the application has not taken yet, and the backpressure on them: at {@code maxQueue}
 * waiting messages the socket stops being read (auto-read off), so a slow reader slows its client down through
 * TCP; reading resumes when the application takes one. After the session ends, every take gets the same
 * {@link WebSocketMessage.Disconnect}, once the messages before it are taken. Event loop only.
 */
final class InboundQueue {

    private final ArrayDeque<Message> waiting = new ArrayDeque<>();
    private final int maxQueue;
    private CompletableFuture<Message> taker;
    private WebSocketMessage.Disconnect end;
    private boolean paused;

    InboundQueue(int maxQueue) {
        this.maxQueue = maxQueue;
    }

    /** A message arrived: the waiting application gets it, or it waits (and reading pauses when it is full). */
    void offer(Message message, Channel channel) {
        if (end != null) {
            return;
        }
        CompletableFuture<Message> waiter = taker;
        if (waiter != null) {
            taker = null;
            waiter.complete(message);
            return;
        }
        waiting.add(message);
        if (waiting.size() >= maxQueue && !paused) {
            paused = true;
            channel.config().setAutoRead(false);
        }
    }

    /** The application asks for the next message: answered now if there is one, else when one arrives. */
    void take(CompletableFuture<Message> result, Channel channel) {
        if (taker != null) {
            result.completeExceptionally(
                    new IllegalStateException("receive() called before the previous one completed"));
            return;
        }
        Message next = waiting.poll();
        if (next != null) {
            if (paused && waiting.size() < maxQueue && end == null) {
                paused = false;
                channel.config().setAutoRead(true);
            }
            result.complete(next);
        } else if (end != null) {
            result.complete(end);
        } else {
            taker = result;
        }
    }

    /** The session ended: the first end given stays; a waiting application gets it. */
    void end(int code, String reason) {
        if (end != null) {
            return;
        }
        end = new WebSocketMessage.Disconnect(code, reason);
        if (taker != null && waiting.isEmpty()) {
            CompletableFuture<Message> waiter = taker;
            taker = null;
            waiter.complete(end);
        }
    }

    /** Whether the end is known. */
    boolean ended() {
        return end != null;
    }
}
