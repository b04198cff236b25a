package io.griddle.streaming;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.CancellableFuture;
import io.griddle.concurrent.Loop;
import io.griddle.http.Response;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Moves items from an {@link ItemSource} to a {@link Response.BodyWriter}: it asks for the next item only once the
 * previous chunk's write completed (the transport can take more), so a slow reader holds the producer, not memory.
 * A failed write (the client left) or a cancelled result cancels the source. With a keep-alive, a ping chunk is
 * written when no item came for that long (SSE's {@code : ping}).
 *
 * <p>Callbacks come from the loop, the blocking executor or a publisher's threads; they are queued and run one at a
 * time (a drain loop), so the state needs no lock and a synchronous source cannot grow the stack.
 */
final class ItemPump {

    private final ItemSource source;
    private final Function<Object, ByteBuffer> encoder;
    private final Response.BodyWriter out;
    private final long pingNanos;
    private final ByteBuffer ping;
    private final Loop loop = Loop.current();
    private final CancellableFuture<Void> done = new CancellableFuture<>();

    private final Queue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger work = new AtomicInteger();

    // Touched only inside the drain loop.
    private boolean waitingForItem;
    private boolean writing;
    private boolean finished;
    private ByteBuffer held; // an item that arrived while a ping was being written
    private long lastWrite = System.nanoTime();
    private ScheduledFuture<?> pingTimer;
    private CompletionStage<Void> pingSleep;

    ItemPump(
            ItemSource source,
            Function<Object, ByteBuffer> encoder,
            Response.BodyWriter out,
            Duration keepAlive,
            ByteBuffer ping) {
        this.source = source;
        if (source instanceof IteratorSource pulled) {
            pulled.encodeOnThread(encoder); // items arrive encoded, from the blocking thread
            this.encoder = item -> (ByteBuffer) item;
        } else {
            this.encoder = encoder;
        }
        this.out = out;
        this.pingNanos = keepAlive == null ? 0 : keepAlive.toNanos();
        this.ping = ping;
    }

    CompletionStage<Void> run() {
        done.onCancel(() -> signal(this::cancelled));
        signal(() -> {
            if (pingNanos > 0) {
                // An event stream answers at once (an empty chunk sends the head), so a client's EventSource is open
                // before the first event; the server would otherwise hold the head until then.
                write(ByteBuffer.allocate(0));
            } else {
                requestNext();
            }
            armPing(pingNanos);
        });
        return done;
    }

    private void signal(Runnable event) {
        events.add(event);
        if (work.getAndIncrement() == 0) {
            do {
                events.poll().run();
            } while (work.decrementAndGet() != 0);
        }
    }

    private void requestNext() {
        if (finished) {
            return;
        }
        waitingForItem = true;
        CompletionStage<Object> next;
        try {
            next = source.next();
        } catch (Throwable error) {
            fail(error);
            return;
        }
        next.whenComplete((item, error) -> signal(() -> arrived(item, error)));
    }

    private void arrived(Object item, Throwable error) {
        waitingForItem = false;
        if (finished) {
            return;
        }
        if (error != null) {
            fail(Async.unwrap(error));
            return;
        }
        if (item == ItemSource.END) {
            finish();
            return;
        }
        ByteBuffer chunk;
        try {
            chunk = encoder.apply(item);
        } catch (Throwable failure) {
            fail(failure);
            return;
        }
        if (!chunk.hasRemaining()) {
            requestNext(); // an empty chunk says nothing (and in chunked transfer, an empty one would end the body)
        } else if (writing) {
            held = chunk;
        } else {
            write(chunk);
        }
    }

    private void write(ByteBuffer chunk) {
        writing = true;
        CompletionStage<Void> written;
        try {
            written = out.write(chunk);
        } catch (Throwable error) {
            written = java.util.concurrent.CompletableFuture.failedFuture(error);
        }
        written.whenComplete((v, error) -> signal(() -> written(error)));
    }

    private void written(Throwable error) {
        writing = false;
        lastWrite = System.nanoTime();
        if (finished) {
            return;
        }
        if (error != null) {
            fail(Async.unwrap(error)); // the client left: within one send, the producer stops
            return;
        }
        if (held != null) {
            ByteBuffer chunk = held;
            held = null;
            write(chunk);
        } else if (!waitingForItem) {
            requestNext();
        }
    }

    // One timer per stream, not one per item: when it fires it pings only if the stream was idle for the whole
    // interval, and sets itself again for the rest of it.
    private void armPing(long delayNanos) {
        if (pingNanos == 0 || finished) {
            return;
        }
        if (loop != null) {
            pingTimer = loop.schedule(() -> signal(this::pingDue), delayNanos, TimeUnit.NANOSECONDS);
        } else {
            pingSleep = Async.sleep(Duration.ofNanos(delayNanos));
            pingSleep.thenRun(() -> signal(this::pingDue));
        }
    }

    private void pingDue() {
        if (finished) {
            return;
        }
        long idle = System.nanoTime() - lastWrite;
        if (idle >= pingNanos && waitingForItem && !writing) {
            write(ping.duplicate());
            armPing(pingNanos);
        } else {
            armPing(Math.max(pingNanos - idle, pingNanos / 10));
        }
    }

    private void cancelled() {
        if (!finished) {
            finished = true;
            stopPing();
        }
        source.cancel();
    }

    private void fail(Throwable error) {
        finished = true;
        stopPing();
        source.cancel();
        done.completeExceptionally(error);
    }

    private void finish() {
        finished = true;
        stopPing();
        done.complete(null);
    }

    private void stopPing() {
        if (pingTimer != null) {
            pingTimer.cancel(false);
        }
        if (pingSleep != null) {
            pingSleep.toCompletableFuture().cancel(false);
        }
    }
}
