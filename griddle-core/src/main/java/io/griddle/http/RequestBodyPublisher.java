package io.griddle.http;

import io.griddle.gateway.Chunk;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * The request body as a publisher of chunks ({@link Request#stream()}): a chunk is received from the server only
 * when the subscriber asked for one, so an upload larger than memory flows through at the subscriber's pace. Each
 * chunk is copied to the heap and the server's buffer released at once; the subscriber owns what it gets. One
 * subscriber only.
 */
final class RequestBodyPublisher implements Flow.Publisher<ByteBuffer> {

    private final Receive receive;
    private boolean subscribed;

    RequestBodyPublisher(Receive receive) {
        this.receive = receive;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        synchronized (this) {
            if (!subscribed) {
                subscribed = true;
                subscriber.onSubscribe(new Reading(subscriber));
                return;
            }
        }
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
        subscriber.onError(new IllegalStateException("the request body can be streamed only once"));
    }

    private final class Reading implements Flow.Subscription {
        private final Flow.Subscriber<? super ByteBuffer> subscriber;
        private long demand;
        private boolean reading;
        private boolean done;

        Reading(Flow.Subscriber<? super ByteBuffer> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive"));
                return;
            }
            boolean start;
            synchronized (this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                start = !reading && !done;
                reading |= start;
            }
            if (start) {
                pull();
            }
        }

        @Override
        public synchronized void cancel() {
            done = true;
        }

        private void pull() {
            receive.receive().whenComplete((message, error) -> {
                if (error != null) {
                    end(error);
                } else {
                    arrived(message);
                }
            });
        }

        private void arrived(Message message) {
            if (!(message instanceof HttpMessage.RequestBody part)) {
                end(new Request.ClientDisconnected());
                return;
            }
            ByteBuffer copy = copy(part.chunk());
            boolean more;
            synchronized (this) {
                if (done) {
                    return; // cancelled: the chunk is released, nothing more is read
                }
                more = part.more();
            }
            if (copy.hasRemaining()) {
                subscriber.onNext(copy);
                synchronized (this) {
                    demand--;
                }
            }
            if (!more) {
                synchronized (this) {
                    done = true;
                }
                subscriber.onComplete();
                return;
            }
            boolean again;
            synchronized (this) {
                again = !done && demand > 0;
                reading = again;
            }
            if (again) {
                pull();
            }
        }

        private void end(Throwable error) {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
            }
            subscriber.onError(error);
        }

        private static ByteBuffer copy(Chunk chunk) {
            try {
                ByteBuffer buffer = chunk.buffer();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(buffer.position(), bytes);
                return ByteBuffer.wrap(bytes);
            } finally {
                chunk.release();
            }
        }
    }
}
