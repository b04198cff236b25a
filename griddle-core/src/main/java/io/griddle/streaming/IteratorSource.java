package io.griddle.streaming;

import io.griddle.concurrent.Async;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * Items from an {@link Iterator} (or a {@code Stream}'s), each pulled with {@link Async#toThread} on the blocking
 * executor: a producer that blocks (reads a file, waits on a queue) never holds the loop. Cancelling interrupts a pull
 * under way and then closes the source ({@code Stream.close()}, or {@code close()} of an {@link AutoCloseable}
 * iterator), so its {@code finally} blocks and {@code onClose} handlers run.
 */
final class IteratorSource implements ItemSource {

    private final Iterator<?> items;
    private final AutoCloseable closer;
    private Function<Object, ?> encoder = Function.identity();
    private CompletionStage<Object> pulling;
    private boolean cancelled;
    private boolean closed;

    IteratorSource(Iterator<?> items, AutoCloseable closer) {
        this.items = items;
        this.closer = closer != null ? closer : items instanceof AutoCloseable closeable ? closeable : null;
    }

    /**
     * Encodes each item on the pulling thread, so that its JSON is written there and not on the loop (as a blocking
     * handler's result is rendered on its thread, decision 022); {@link #next} then answers the encoded bytes.
     */
    void encodeOnThread(Function<Object, ?> itemEncoder) {
        this.encoder = itemEncoder;
    }

    @Override
    public CompletionStage<Object> next() {
        Function<Object, ?> encode = encoder;
        CompletionStage<Object> pull = Async.toThread(() -> items.hasNext() ? encode.apply(items.next()) : END);
        synchronized (this) {
            if (cancelled) {
                pull.toCompletableFuture().cancel(true);
                return new CompletableFuture<>();
            }
            pulling = pull;
        }
        // The last item, or a failure: the source is done, so it is closed now rather than on cancel.
        return pull.whenComplete((item, error) -> {
            if (error != null || item == END) {
                close();
            }
        });
    }

    @Override
    public void cancel() {
        CompletionStage<Object> pull;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            pull = pulling;
        }
        if (pull != null && !pull.toCompletableFuture().isDone()) {
            pull.toCompletableFuture().cancel(true); // interrupts the producer's thread
            pull.whenComplete((item, error) -> close());
        } else {
            close();
        }
    }

    private void close() {
        synchronized (this) {
            if (closed || closer == null) {
                return;
            }
            closed = true;
        }
        try {
            closer.close();
        } catch (Exception error) {
            LoggerFactory.getLogger("griddle.error").warn("closing a streamed body's source failed", error);
        }
    }
}
