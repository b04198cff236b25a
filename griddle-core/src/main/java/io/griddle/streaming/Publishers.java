package io.griddle.streaming;

import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small {@link Flow.Publisher}s for handlers that already hold their items in memory: each item is emitted when the
 * subscriber asks for it, on the thread that asks (no thread of its own), and a cancelled subscription stops it.
 *
 * <pre>{@code
 * @Get("/items/stream") Flow.Publisher<Item> items() { return Publishers.of(ITEMS); }
 * }</pre>
 */
public final class Publishers {

    private Publishers() {}

    /** The elements, in order, then completion. Each subscriber gets them all. */
    public static <T> Flow.Publisher<T> of(Iterable<? extends T> items) {
        return subscriber -> subscriber.onSubscribe(new Emitter<T>(items.iterator(), subscriber));
    }

    // Emits while there is demand; the drain loop keeps a request() made inside onNext from recursing.
    private static final class Emitter<T> implements Flow.Subscription {
        private final Iterator<? extends T> items;
        private final Flow.Subscriber<? super T> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private final AtomicBoolean done = new AtomicBoolean();

        Emitter(Iterator<? extends T> items, Flow.Subscriber<? super T> subscriber) {
            this.items = items;
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                if (done.compareAndSet(false, true)) {
                    subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive"));
                }
                return;
            }
            demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
            if (work.getAndIncrement() != 0) {
                return;
            }
            do {
                while (demand.get() > 0 && !done.get()) {
                    if (!items.hasNext()) {
                        if (done.compareAndSet(false, true)) {
                            subscriber.onComplete();
                        }
                        break;
                    }
                    demand.decrementAndGet();
                    subscriber.onNext(items.next());
                }
            } while (work.decrementAndGet() != 0);
        }

        @Override
        public void cancel() {
            done.set(true);
        }
    }
}
