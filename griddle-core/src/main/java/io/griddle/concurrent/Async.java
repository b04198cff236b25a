package io.griddle.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Asynchronous building blocks, the counterpart of asyncio's: {@link #sleep}, {@link #gather}, {@link #any},
 * {@link #timeout}, {@link #toThread} (and {@link #toThreadCompose}) and {@link #run}. Each returns a stage that completes on the caller's event loop
 * (when the caller is on one), holds no thread while it waits, and stops its work when the stage, or a stage derived
 * from it, is cancelled.
 *
 * <pre>{@code
 * CompletionStage<List<Burger>> burgers = Async.gather(kitchen.cook("classic"), kitchen.cook("cheese"));
 * CompletionStage<Status> quick = Async.sleep(Duration.ofMillis(5)).thenApply(v -> new Status("ok"));
 * CompletionStage<Report> report = Async.toThread(() -> legacyBlockingReport());   // like asyncio.to_thread
 * }</pre>
 */
public final class Async {

    // Timers for callers that are not on a loop (a plain thread calling Async.sleep(...).join(), say).
    private static final class Fallback {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "griddle-async-timer");
            thread.setDaemon(true);
            return thread;
        });
        static final ExecutorService THREADS = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("griddle-to-thread-", 0).factory());
    }

    private Async() {}

    /**
     * Completes after the delay, on the caller's loop; no thread waits meanwhile. Cancelling it (or a stage derived
     * from it) cancels the timer.
     */
    public static CompletionStage<Void> sleep(Duration delay) {
        CancellableFuture<Void> result = new CancellableFuture<>();
        long nanos = Math.max(0L, delay.toNanos());
        Loop loop = Loop.current();
        ScheduledFuture<?> timer = loop != null
                ? loop.schedule(() -> result.complete(null), nanos, TimeUnit.NANOSECONDS)
                : Fallback.TIMER.schedule(() -> result.complete(null), nanos, TimeUnit.NANOSECONDS);
        result.onCancel(() -> timer.cancel(false));
        return result;
    }

    /**
     * Completes with every stage's result, in the order given, once all complete. When one fails, the result fails
     * with its error and the others are cancelled (as in a task group); cancelling the result cancels them all.
     */
    @SafeVarargs
    public static <T> CompletionStage<List<T>> gather(CompletionStage<? extends T>... stages) {
        // Copied element by element: the array never leaves the method, as @SafeVarargs promises and as the
        // compiler's varargs check can see (handing the array itself to Arrays.asList is reported).
        List<CompletionStage<? extends T>> list = new ArrayList<>(stages.length);
        for (CompletionStage<? extends T> stage : stages) {
            list.add(stage);
        }
        return gather(list);
    }

    /** {@link #gather(CompletionStage[])} over a list. */
    public static <T> CompletionStage<List<T>> gather(List<? extends CompletionStage<? extends T>> stages) {
        List<CompletableFuture<? extends T>> futures = new ArrayList<>(stages.size());
        for (CompletionStage<? extends T> stage : stages) {
            futures.add(stage.toCompletableFuture());
        }
        CancellableFuture<List<T>> result = new CancellableFuture<>();
        result.onCancel(() -> futures.forEach(f -> f.cancel(true)));
        if (futures.isEmpty()) {
            result.complete(List.of());
            return result;
        }
        AtomicInteger pending = new AtomicInteger(futures.size());
        for (CompletableFuture<? extends T> future : futures) {
            future.whenComplete((value, error) -> {
                if (error != null) {
                    if (result.completeExceptionally(unwrap(error))) {
                        futures.forEach(f -> f.cancel(true));
                    }
                } else if (pending.decrementAndGet() == 0) {
                    List<T> values = new ArrayList<>(futures.size());
                    for (CompletableFuture<? extends T> done : futures) {
                        values.add(done.join());
                    }
                    result.complete(values);
                }
            });
        }
        return result;
    }

    /**
     * Completes with the first stage to succeed and cancels the rest. Fails only when all fail, with the last error
     * (the others attached as suppressed).
     */
    @SafeVarargs
    public static <T> CompletionStage<T> any(CompletionStage<? extends T>... stages) {
        List<CompletionStage<? extends T>> list = new ArrayList<>(stages.length);
        for (CompletionStage<? extends T> stage : stages) { // copied as in gather, for the varargs check
            list.add(stage);
        }
        return any(list);
    }

    /** {@link #any(CompletionStage[])} over a list. */
    public static <T> CompletionStage<T> any(List<? extends CompletionStage<? extends T>> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("Async.any needs at least one stage");
        }
        List<CompletableFuture<? extends T>> futures = new ArrayList<>(stages.size());
        for (CompletionStage<? extends T> stage : stages) {
            futures.add(stage.toCompletableFuture());
        }
        CancellableFuture<T> result = new CancellableFuture<>();
        result.onCancel(() -> futures.forEach(f -> f.cancel(true)));
        AtomicInteger failures = new AtomicInteger();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (CompletableFuture<? extends T> future : futures) {
            future.whenComplete((value, error) -> {
                if (error == null) {
                    if (result.complete(value)) {
                        futures.forEach(f -> f.cancel(true));
                    }
                } else {
                    errors.add(unwrap(error));
                    if (failures.incrementAndGet() == futures.size()) {
                        Throwable last = errors.get(errors.size() - 1);
                        errors.stream().filter(e -> e != last).forEach(last::addSuppressed);
                        result.completeExceptionally(last);
                    }
                }
            });
        }
        return result;
    }

    /**
     * The stage's result, or a {@link TimeoutException} once the duration passes; on timeout the stage is cancelled.
     */
    public static <T> CompletionStage<T> timeout(CompletionStage<T> stage, Duration limit) {
        CompletableFuture<T> source = stage.toCompletableFuture();
        CancellableFuture<T> result = new CancellableFuture<>();
        long nanos = Math.max(0L, limit.toNanos());
        Runnable expire = () -> {
            if (result.completeExceptionally(new TimeoutException("timed out after " + limit.toMillis() + " ms"))) {
                source.cancel(true);
            }
        };
        Loop loop = Loop.current();
        ScheduledFuture<?> timer = loop != null
                ? loop.schedule(expire, nanos, TimeUnit.NANOSECONDS)
                : Fallback.TIMER.schedule(expire, nanos, TimeUnit.NANOSECONDS);
        result.onCancel(() -> {
            timer.cancel(false);
            source.cancel(true);
        });
        source.whenComplete((value, error) -> {
            timer.cancel(false);
            if (error != null) {
                result.completeExceptionally(unwrap(error));
            } else {
                result.complete(value);
            }
        });
        return result;
    }

    /**
     * Runs blocking code on the blocking executor (a virtual thread by default) and completes with its result back on
     * the caller's loop, like {@code asyncio.to_thread}. Cancelling the stage interrupts the thread.
     */
    public static <T> CompletionStage<T> toThread(Callable<T> work) {
        return hop(work, false);
    }

    /**
     * {@link #toThread} for blocking code that answers a stage: completes with that stage's result, back on the
     * caller's loop, without a second stage around it. Cancelling the result interrupts the thread, or cancels the
     * stage once the code has answered it.
     *
     * <pre>{@code
     * // connect() blocks; send() answers a stage that completes when the reply comes
     * CompletionStage<Reply> reply = Async.toThreadCompose(() -> legacyClient.connect().send(query));
     * }</pre>
     */
    public static <T> CompletionStage<T> toThreadCompose(Callable<? extends CompletionStage<T>> work) {
        return hop(work, true);
    }

    // The one hop to the blocking executor: runs the work there, then completes the result on the caller's loop (on
    // behalf of its task, for the watchdog); with `compose`, the work's answer is a stage whose outcome is awaited.
    @SuppressWarnings("unchecked")
    private static <T> CompletionStage<T> hop(Callable<?> work, boolean compose) {
        Loop loop = Loop.current();
        ExecutorService executor = loop != null ? loop.concurrency().blockingExecutor() : Fallback.THREADS;
        LoopTask owner = loop != null ? loop.currentTask() : null;
        CancellableFuture<T> result = new CancellableFuture<>();
        // Made before it runs, so that what the work sets to cancel (below) cannot be overwritten by this.
        FutureTask<Void> running = new FutureTask<>(
                () -> {
                    Object value;
                    try {
                        value = work.call();
                    } catch (Throwable error) {
                        settle(loop, owner, () -> result.completeExceptionally(error));
                        return;
                    }
                    if (!compose) {
                        settle(loop, owner, () -> result.complete((T) value));
                        return;
                    }
                    if (value == null) {
                        settle(
                                loop,
                                owner,
                                () -> result.completeExceptionally(new NullPointerException(
                                        "toThreadCompose: the work answered null, not a stage")));
                        return;
                    }
                    CompletableFuture<T> answered = ((CompletionStage<T>) value).toCompletableFuture();
                    if (!answered.isDone()) {
                        result.onCancel(
                                () -> answered.cancel(true)); // the thread is done: cancel what it started instead
                    }
                    answered.whenComplete((outcome, error) -> settle(
                            loop,
                            owner,
                            error != null
                                    ? () -> result.completeExceptionally(unwrap(error))
                                    : () -> result.complete(outcome)));
                },
                null);
        result.onCancel(() -> running.cancel(true));
        executor.execute(running);
        return result;
    }

    // Completes a stage on the caller's loop, on behalf of its task, so that continuations run there.
    private static void settle(Loop loop, LoopTask owner, Runnable completion) {
        if (loop == null) {
            completion.run();
        } else {
            loop.executeAs(owner, completion);
        }
    }

    /**
     * Runs async code from a plain thread (a {@code main} method, say) and waits for its result, like
     * {@code asyncio.run}: the supplier runs on a fresh loop, which stops afterwards.
     *
     * @throws CompletionException wrapping a checked failure; unchecked failures are rethrown as they are
     */
    public static <T> T run(Supplier<? extends CompletionStage<T>> main) {
        if (Loop.current() != null) {
            throw new IllegalStateException("Async.run waits for its result and cannot be called on an event loop");
        }
        try (Concurrency concurrency = Concurrency.defaults()) {
            Loop loop = concurrency.startLoop("griddle-async-run");
            CompletableFuture<T> result = new CompletableFuture<>();
            loop.execute(() -> {
                try {
                    main.get().whenComplete((value, error) -> {
                        if (error != null) {
                            result.completeExceptionally(unwrap(error));
                        } else {
                            result.complete(value);
                        }
                    });
                } catch (Throwable error) {
                    result.completeExceptionally(error);
                }
            });
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for Async.run");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }

    /** The real failure behind {@link CompletionException} and {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
