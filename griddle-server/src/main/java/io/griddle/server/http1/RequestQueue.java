package io.griddle.server.http1;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;

/**
 * What a connection has read and not yet served, in order, and the backpressure on it. An item is one of three
 * kinds, and nothing else is ever queued: a request head ({@link HttpRequest}), a chunk of a body
 * ({@link HttpContent}, released when it leaves), or a {@link Rejection}. (They are queued as they are, not
 * wrapped in a sealed type: a wrapper would cost two objects on every request.)
 *
 * <p>Backpressure: the connection reads from the socket only while less than {@link #HIGH_WATER} bytes wait here;
 * past that, auto-read goes off until the application catches up. Auto-read stays on otherwise: toggling it per
 * request costs two epoll syscalls.
 */
final class RequestQueue {

    /** The unread backlog past which the connection stops reading. */
    static final int HIGH_WATER = 64 * 1024;
    /** What a queued request head counts against {@link #HIGH_WATER}. */
    static final int REQUEST_WEIGHT = 1024;

    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private int bytes;
    private boolean reading = true;

    void addHead(HttpRequest head) {
        items.add(head);
        bytes += REQUEST_WEIGHT;
    }

    void addChunk(HttpContent chunk) {
        items.add(chunk);
        bytes += chunk.content().readableBytes();
    }

    void addRejection(Rejection rejection) {
        items.add(rejection);
    }

    /** The oldest item (a head, a chunk or a rejection), or {@code null}. */
    Object peek() {
        return items.peek();
    }

    /** Takes the oldest item out; the caller now owns it (and releases a chunk). */
    Object poll() {
        Object item = items.poll();
        bytes -= weight(item);
        return item;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Takes the head out of the queue with everything queued after it (its body so far), releasing them; answers
     * false, changing nothing, when the head is not queued.
     */
    boolean dropFrom(HttpRequest head) {
        if (!items.contains(head)) {
            return false;
        }
        Object item;
        do {
            item = items.pollLast();
            bytes -= weight(item);
            ReferenceCountUtil.release(item);
        } while (item != head);
        return true;
    }

    /** Releases and forgets everything queued. */
    void releaseAll() {
        Object item;
        while ((item = items.poll()) != null) {
            ReferenceCountUtil.release(item);
        }
        bytes = 0;
    }

    /**
     * Reads while the backlog is below the high-water mark and the connection wants more; stops (auto-read off)
     * otherwise. Touches the channel only when that changes.
     */
    void updateReading(Channel channel, boolean wanted) {
        boolean read = wanted && bytes < HIGH_WATER;
        if (read != reading) {
            reading = read;
            channel.config().setAutoRead(read);
        }
    }

    private static int weight(Object item) {
        if (item instanceof HttpRequest) {
            return REQUEST_WEIGHT;
        }
        return item instanceof HttpContent chunk ? chunk.content().readableBytes() : 0;
    }
}
