package io.griddle.concurrent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The concurrency settings of one server (or test client) and the executors they make: the blocking executor that
 * runs blocking handlers and {@link Async#toThread}, and the watchdog that warns when a task holds a loop too long.
 *
 * <pre>{@code
 * Concurrency concurrency = Concurrency.builder()
 *         .blockingThreads(40)                      // a bounded pool; default: a virtual thread per call
 *         .slowCallback(Duration.ofMillis(100))     // the watchdog's limit
 *         .build();
 * }</pre>
 */
public final class Concurrency implements AutoCloseable {

    /** The watchdog's default limit, as asyncio's debug mode has it. */
    public static final Duration DEFAULT_SLOW_CALLBACK = Duration.ofMillis(100);

    private final int blockingThreads;
    private final ExecutorService blockingExecutor;
    private final LoopWatchdog watchdog;
    private final List<Loop> loops = new CopyOnWriteArrayList<>();
    private final List<ScheduledExecutorService> ownedLoops = new CopyOnWriteArrayList<>();

    private Concurrency(Builder builder) {
        this.blockingThreads = builder.blockingThreads;
        this.blockingExecutor = builder.blockingThreads > 0
                ? boundedPool(builder.blockingThreads)
                : Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("griddle-blocking-", 0).factory());
        this.watchdog = new LoopWatchdog(this::loops, builder.slowCallback, builder.strict, builder.listeners);
    }

    private static ExecutorService boundedPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "griddle-blocking-" + count.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
        // A fixed pool with an unbounded queue: calls beyond N wait their turn, as FastAPI's 40 tokens do.
        return new ThreadPoolExecutor(
                threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: a virtual thread per blocking call, a 100 ms watchdog that warns. */
    public static Concurrency defaults() {
        return builder().build();
    }

    /** Runs blocking handlers and {@link Async#toThread} calls. */
    public ExecutorService blockingExecutor() {
        return blockingExecutor;
    }

    /** The size of the bounded blocking pool, or 0 for a virtual thread per call. */
    public int blockingThreads() {
        return blockingThreads;
    }

    /** The watchdog's limit. */
    public Duration slowCallback() {
        return watchdog.limit();
    }

    /** Whether a task that holds a loop past the limit fails instead of only being logged. */
    public boolean strict() {
        return watchdog.strict();
    }

    /** The loops attached so far. */
    public List<Loop> loops() {
        return List.copyOf(loops);
    }

    /**
     * Attaches the calling thread, which must be the thread of {@code executor}, as a loop: binds
     * {@link Loop#current()} and puts it under the watchdog. A server calls it once per loop thread.
     */
    public Loop attach(ScheduledExecutorService executor) {
        Loop loop = new Loop(executor, Thread.currentThread(), this);
        Loop.bind(loop);
        loops.add(loop);
        watchdog.startIfNeeded();
        return loop;
    }

    /**
     * Starts a loop of Griddle's own: one platform thread with timers. In-process clients and {@link Async#run} use
     * it where no server provides loops. It stops with {@link #close()}.
     */
    public Loop startLoop(String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        ownedLoops.add(executor);
        return CompletableFuture.supplyAsync(() -> attach(executor), executor).join();
    }

    @Override
    public void close() {
        watchdog.stop();
        for (ScheduledExecutorService executor : ownedLoops) {
            executor.shutdownNow();
        }
        blockingExecutor.shutdownNow();
    }

    /** Builds a {@link Concurrency}. */
    public static final class Builder {
        private int blockingThreads;
        private Duration slowCallback = DEFAULT_SLOW_CALLBACK;
        private boolean strict;
        private final List<Consumer<LoopBlockedException>> listeners = new CopyOnWriteArrayList<>();

        // Made by Concurrency.builder() only.
        private Builder() {}

        /** A bounded pool of N platform threads for blocking calls; 0 (the default) means a virtual thread per call. */
        public Builder blockingThreads(int threads) {
            if (threads < 0) {
                throw new IllegalArgumentException(
                        "blocking threads must be 0 (virtual threads) or more, not " + threads);
            }
            this.blockingThreads = threads;
            return this;
        }

        /** How long one task may hold a loop before the watchdog reports it. */
        public Builder slowCallback(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the slow-callback limit must be positive, not " + limit);
            }
            this.slowCallback = limit;
            return this;
        }

        /** Strict mode: the task that held the loop fails with {@link LoopBlockedException}, as tests want. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Also tells this listener of every blocked loop (the warning is logged either way). */
        public Builder onBlocked(Consumer<LoopBlockedException> listener) {
            this.listeners.add(listener);
            return this;
        }

        public Concurrency build() {
            return new Concurrency(this);
        }
    }
}
