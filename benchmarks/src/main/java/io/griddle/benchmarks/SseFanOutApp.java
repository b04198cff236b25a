package io.griddle.benchmarks;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.server.Griddle;
import io.griddle.streaming.ServerSentEvent;
import io.griddle.streaming.StreamingResponse;
import io.griddle.web.WebApp;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SSE fan-out server: {@code GET /events} streams one event to every connected client at
 * {@code -Dsse.rate=10} events a second (id = the event's number, data = the number and the send time), from one
 * ticker thread. Each client's subscription keeps at most {@code -Dsse.buffer=256} undelivered events (a client that
 * reads too slowly loses the oldest, counted and printed as {@code dropped}). {@code GET /stats} answers the counts.
 * Run it with the usual server flags, e.g. {@code --loops 1 --no-access-log}; {@code benchmarks/load/run-sse-fanout.sh}
 * drives it with {@link SseFanOutClient}.
 */
public final class SseFanOutApp {

    private static final int RATE = Integer.getInteger("sse.rate", 10);
    private static final int BUFFER = Integer.getInteger("sse.buffer", 256);
    private static final Set<Subscription> CLIENTS = ConcurrentHashMap.newKeySet();
    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong DROPPED = new AtomicLong();
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private SseFanOutApp() {}

    /** The app: the event stream and the counters. */
    public static WebApp app() {
        return new WebApp()
                .get(
                        "/events",
                        Endpoint.blocking(request -> StreamingResponse.events(
                                (Flow.Publisher<Object>) Subscription::new, Duration.ofSeconds(15))))
                .get(
                        "/stats",
                        Endpoint.blocking(request -> Response.text("clients=" + CLIENTS.size() + " events="
                                + NEXT_ID.get() + " delivered=" + SENT.get() + " dropped=" + DROPPED.get())));
    }

    public static void main(String[] args) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sse-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(SseFanOutApp::tick, 1000, 1000 / RATE, TimeUnit.MILLISECONDS);
        Griddle.run(app(), args);
    }

    private static void tick() {
        long id = NEXT_ID.getAndIncrement();
        ServerSentEvent event =
                ServerSentEvent.raw(id + " " + System.currentTimeMillis()).withId(Long.toString(id));
        for (Subscription client : CLIENTS) {
            client.offer(event);
        }
    }

    /** One client's subscription: events queue while it has no demand, up to the buffer. */
    private static final class Subscription implements Flow.Subscription {
        private final Flow.Subscriber<? super Object> subscriber;
        private final Queue<ServerSentEvent> queued = new ArrayDeque<>();
        private long demand;
        private boolean cancelled;

        Subscription(Flow.Subscriber<? super Object> subscriber) {
            this.subscriber = subscriber;
            CLIENTS.add(this);
            subscriber.onSubscribe(this);
        }

        void offer(ServerSentEvent event) {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                if (demand == 0) {
                    if (queued.size() == BUFFER) {
                        queued.poll();
                        DROPPED.incrementAndGet();
                    }
                    queued.add(event);
                    return;
                }
                demand--;
            }
            SENT.incrementAndGet();
            subscriber.onNext(event);
        }

        @Override
        public void request(long n) {
            while (true) {
                ServerSentEvent next;
                synchronized (this) {
                    demand += n;
                    n = 0;
                    if (cancelled || demand == 0 || queued.isEmpty()) {
                        return;
                    }
                    next = queued.poll();
                    demand--;
                }
                SENT.incrementAndGet();
                subscriber.onNext(next);
            }
        }

        @Override
        public void cancel() {
            synchronized (this) {
                cancelled = true;
                queued.clear();
            }
            CLIENTS.remove(this);
        }
    }
}
