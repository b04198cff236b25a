package io.griddle.concurrent;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private Concurrency concurrency;
    private Loop loop;

    @BeforeEach
    void startLoop() {
        concurrency = Concurrency.defaults();
        loop = concurrency.startLoop("async-test-loop");
    }

    @AfterEach
    void stopLoop() {
        concurrency.close();
    }

    /** Builds the stage on the loop, as an async handler would, and waits for its result. */
    private <T> T onLoop(Supplier<? extends CompletionStage<T>> work) throws Exception {
        return stageOnLoop(work).get(5, SECONDS);
    }

    private <T> CompletableFuture<T> stageOnLoop(Supplier<? extends CompletionStage<T>> work) throws Exception {
        CompletableFuture<CompletableFuture<T>> built = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                built.complete(work.get().toCompletableFuture());
            } catch (Throwable e) {
                built.completeExceptionally(e);
            }
        });
        return built.get(5, SECONDS);
    }

    /** A future that completes with the stage's failure (or null on success). */
    private static CompletableFuture<Throwable> outcome(CompletionStage<?> stage) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        stage.whenComplete((value, error) -> outcome.complete(error));
        return outcome;
    }

    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(5, SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("expected a failure, got " + e, e);
        }
        throw new AssertionError("expected a failure, got a value");
    }

    // --- sleep

    @Test
    void sleepCompletesOnTheLoopThread() throws Exception {
        Thread thread = onLoop(() -> Async.sleep(Duration.ofMillis(10)).thenApply(v -> Thread.currentThread()));

        assertThat(thread).isSameAs(loop.thread());
    }

    @Test
    void sleepWaitsAtLeastTheDelay() throws Exception {
        long start = System.nanoTime();

        onLoop(() -> Async.sleep(Duration.ofMillis(50)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void sleepWorksOffALoop() throws Exception {
        long start = System.nanoTime();

        Async.sleep(Duration.ofMillis(20)).toCompletableFuture().get(5, SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void cancellingADerivedStageCancelsTheSleepsTimer() throws Exception {
        AtomicReference<CompletionStage<Void>> sleep = new AtomicReference<>();
        AtomicReference<CompletableFuture<Throwable>> sleepOutcome = new AtomicReference<>();
        CompletableFuture<String> derived = stageOnLoop(() -> {
            sleep.set(Async.sleep(LONG));
            sleepOutcome.set(outcome(sleep.get()));
            return sleep.get().thenApply(v -> "woke up");
        });

        assertThat(derived.cancel(true)).isTrue();

        assertThat(sleepOutcome.get().get(5, SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(sleep.get().toCompletableFuture().isCancelled()).isTrue();
    }

    @Test
    void cancellingThenComposeCancelsTheInnerStage() throws Exception {
        CompletableFuture<CompletionStage<Void>> inner = new CompletableFuture<>();
        CompletableFuture<Void> composed =
                stageOnLoop(() -> Async.sleep(Duration.ofMillis(1)).thenCompose(v -> {
                    CompletionStage<Void> longSleep = Async.sleep(LONG);
                    inner.complete(longSleep);
                    return longSleep;
                }));
        CompletionStage<Void> longSleep = inner.get(5, SECONDS);
        CompletableFuture<Throwable> innerOutcome = outcome(longSleep);

        composed.cancel(true);

        assertThat(innerOutcome.get(5, SECONDS)).isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingThenComposeWhileItsFunctionRunsCancelsTheInnerStage() throws Exception {
        CompletableFuture<CompletionStage<Void>> inner = new CompletableFuture<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        CompletableFuture<Void> composed =
                stageOnLoop(() -> Async.sleep(Duration.ofMillis(1)).thenCompose(v -> {
                    CompletionStage<Void> longSleep = Async.sleep(LONG);
                    inner.complete(longSleep);
                    try {
                        cancelled.await(5, SECONDS); // the cancel arrives before the function has returned its stage
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return longSleep;
                }));
        CompletableFuture<Throwable> innerOutcome = outcome(inner.get(5, SECONDS));

        composed.cancel(true);
        cancelled.countDown();

        assertThat(innerOutcome.get(5, SECONDS)).isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingAStageSeveralStepsDownReachesTheSleep() throws Exception {
        AtomicReference<CompletableFuture<Throwable>> sleepOutcome = new AtomicReference<>();
        CompletableFuture<Integer> chain = stageOnLoop(() -> {
            CompletionStage<Void> sleep = Async.sleep(LONG);
            sleepOutcome.set(outcome(sleep));
            return sleep.thenApply(v -> "a")
                    .thenCompose(a -> Async.sleep(LONG).thenApply(v -> a))
                    .thenApply(String::length);
        });

        chain.cancel(true);

        assertThat(sleepOutcome.get().get(5, SECONDS)).isInstanceOf(CancellationException.class);
    }

    // --- gather

    @Test
    void gatherKeepsTheOrderGivenNotTheCompletionOrder() throws Exception {
        List<String> results = onLoop(() -> Async.gather(
                Async.sleep(Duration.ofMillis(60)).thenApply(v -> "slow"),
                Async.sleep(Duration.ofMillis(1)).thenApply(v -> "fast"),
                CompletableFuture.completedFuture("ready")));

        assertThat(results).containsExactly("slow", "fast", "ready");
    }

    @Test
    void gatherOfNothingIsAnEmptyList() throws Exception {
        assertThat(onLoop(() -> Async.<String>gather(List.of()))).isEmpty();
    }

    @Test
    void gatherFailsFastAndCancelsTheOthers() throws Exception {
        AtomicReference<CompletionStage<Void>> sibling = new AtomicReference<>();
        AtomicReference<CompletableFuture<Throwable>> siblingOutcome = new AtomicReference<>();
        CompletableFuture<List<Object>> gathered = stageOnLoop(() -> {
            sibling.set(Async.sleep(LONG));
            siblingOutcome.set(outcome(sibling.get()));
            return Async.gather(
                    sibling.get(),
                    Async.sleep(Duration.ofMillis(10))
                            .thenCompose(v -> CompletableFuture.failedFuture(new IOException("kitchen on fire"))));
        });

        Throwable error = failure(gathered);

        assertThat(error).isInstanceOf(IOException.class).hasMessage("kitchen on fire");
        assertThat(siblingOutcome.get().get(5, SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(sibling.get().toCompletableFuture().isCancelled()).isTrue();
    }

    @Test
    void cancellingGatherCancelsEveryStage() throws Exception {
        AtomicReference<CompletionStage<Void>> a = new AtomicReference<>();
        AtomicReference<CompletionStage<Void>> b = new AtomicReference<>();
        CompletableFuture<List<Void>> gathered = stageOnLoop(() -> {
            a.set(Async.sleep(LONG));
            b.set(Async.sleep(LONG));
            return Async.gather(a.get(), b.get());
        });

        gathered.cancel(true);

        assertThat(a.get().toCompletableFuture().isCancelled()).isTrue();
        assertThat(b.get().toCompletableFuture().isCancelled()).isTrue();
    }

    // --- any

    @Test
    void anyCompletesWithTheFirstSuccessAndCancelsTheRest() throws Exception {
        AtomicReference<CompletionStage<Void>> slowSleep = new AtomicReference<>();
        String winner = onLoop(() -> {
            slowSleep.set(Async.sleep(LONG));
            return Async.any(
                    slowSleep.get().thenApply(v -> "slow"),
                    Async.sleep(Duration.ofMillis(10)).thenApply(v -> "fast"));
        });

        assertThat(winner).isEqualTo("fast");
        assertThat(outcome(slowSleep.get()).get(5, SECONDS)).isInstanceOf(CancellationException.class);
    }

    @Test
    void anyIgnoresFailuresWhenOneSucceeds() throws Exception {
        String winner = onLoop(() -> Async.any(
                CompletableFuture.<String>failedFuture(new IOException("down")),
                Async.sleep(Duration.ofMillis(10)).thenApply(v -> "ok")));

        assertThat(winner).isEqualTo("ok");
    }

    @Test
    void anyFailsWithTheLastErrorWhenAllFail() throws Exception {
        IOException first = new IOException("first");
        IllegalStateException second = new IllegalStateException("second");
        IllegalArgumentException third = new IllegalArgumentException("third");

        Throwable error = failure(stageOnLoop(() -> Async.<String>any(
                CompletableFuture.failedFuture(first),
                CompletableFuture.failedFuture(second),
                CompletableFuture.failedFuture(third))));

        assertThat(error).isSameAs(third);
        assertThat(error.getSuppressed()).containsExactly(first, second);
    }

    @Test
    void anyNeedsAStage() {
        assertThatThrownBy(() -> Async.any(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    // --- timeout

    @Test
    void timeoutFailsWithTimeoutExceptionAndCancelsTheSource() throws Exception {
        AtomicReference<CompletableFuture<Throwable>> sourceOutcome = new AtomicReference<>();
        CompletableFuture<Void> limited = stageOnLoop(() -> {
            CompletionStage<Void> source = Async.sleep(LONG);
            sourceOutcome.set(outcome(source));
            return Async.timeout(source, Duration.ofMillis(20));
        });

        assertThat(failure(limited)).isInstanceOf(TimeoutException.class).hasMessageContaining("20 ms");
        assertThat(sourceOutcome.get().get(5, SECONDS)).isInstanceOf(CancellationException.class);
    }

    @Test
    void timeoutPassesOnAResultThatComesInTime() throws Exception {
        String result =
                onLoop(() -> Async.timeout(Async.sleep(Duration.ofMillis(1)).thenApply(v -> "in time"), LONG));

        assertThat(result).isEqualTo("in time");
    }

    @Test
    void timeoutPassesOnAFailureThatComesInTime() throws Exception {
        Throwable error = failure(
                stageOnLoop(() -> Async.timeout(CompletableFuture.<String>failedFuture(new IOException("no")), LONG)));

        assertThat(error).isInstanceOf(IOException.class).hasMessage("no");
    }

    @Test
    void cancellingTheTimeoutCancelsTheSource() throws Exception {
        AtomicReference<CompletionStage<Void>> source = new AtomicReference<>();
        CompletableFuture<Void> limited = stageOnLoop(() -> {
            source.set(Async.sleep(LONG));
            return Async.timeout(source.get(), LONG);
        });

        limited.cancel(true);

        assertThat(source.get().toCompletableFuture().isCancelled()).isTrue();
    }

    // --- toThread

    @Test
    void toThreadRunsOffTheLoopAndCompletesBackOnIt() throws Exception {
        List<Thread> threads = onLoop(() ->
                Async.toThread(Thread::currentThread).thenApply(worker -> List.of(worker, Thread.currentThread())));

        Thread worker = threads.get(0);
        Thread continuation = threads.get(1);
        assertThat(worker).isNotSameAs(loop.thread());
        assertThat(worker.getName()).startsWith("griddle-blocking-");
        assertThat(continuation).isSameAs(loop.thread());
    }

    @Test
    void toThreadUsesTheBoundedPoolWhenConfigured() throws Exception {
        try (Concurrency pooled = Concurrency.builder().blockingThreads(2).build()) {
            Loop pooledLoop = pooled.startLoop("pooled-loop");
            CompletableFuture<Thread> worker = new CompletableFuture<>();
            pooledLoop.execute(() -> Async.toThread(Thread::currentThread).whenComplete((t, e) -> worker.complete(t)));

            Thread thread = worker.get(5, SECONDS);
            assertThat(thread.isVirtual()).isFalse();
            assertThat(thread.getName()).startsWith("griddle-blocking-");
        }
    }

    @Test
    void toThreadPassesOnTheFailure() throws Exception {
        Throwable error = failure(stageOnLoop(() -> Async.toThread(() -> {
            throw new IOException("disk gone");
        })));

        assertThat(error).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void cancellingToThreadInterruptsTheThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        CompletableFuture<Object> running = stageOnLoop(() -> Async.toThread(() -> {
            started.countDown();
            try {
                Thread.sleep(LONG);
                interrupted.complete(false);
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
            return null;
        }));
        assertThat(started.await(5, SECONDS)).isTrue();

        running.cancel(true);

        assertThat(interrupted.get(5, SECONDS)).isTrue();
    }

    // --- toThreadCompose

    @Test
    void toThreadComposeAwaitsTheStageTheBlockingCodeAnswers() throws Exception {
        List<Object> seen = onLoop(() -> Async.toThreadCompose(() -> {
                    String worker = Thread.currentThread().getName();
                    return Async.sleep(Duration.ofMillis(1)).thenApply(v -> worker);
                })
                .thenApply(worker -> List.of(worker, Thread.currentThread())));

        assertThat((String) seen.get(0)).startsWith("griddle-blocking-");
        assertThat(seen.get(1)).isSameAs(loop.thread());
    }

    @Test
    void toThreadComposePassesOnTheStagesFailure() throws Exception {
        Throwable error = failure(stageOnLoop(() ->
                Async.<Object>toThreadCompose(() -> CompletableFuture.failedFuture(new IOException("disk gone")))));

        assertThat(error).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void cancellingToThreadComposeCancelsTheStageOnceAnswered() throws Exception {
        CompletableFuture<Object> answered = new CompletableFuture<>();
        CountDownLatch returned = new CountDownLatch(1);
        CompletableFuture<Object> running = stageOnLoop(() -> Async.toThreadCompose(() -> {
            returned.countDown();
            return answered;
        }));
        assertThat(returned.await(5, SECONDS)).isTrue();

        // Whether the thread has handed the stage over yet or not, cancelling reaches it.
        running.cancel(true);

        assertThat(outcome(answered).get(5, SECONDS)).isInstanceOf(CancellationException.class);
    }

    // --- run

    @Test
    void runDrivesAsyncCodeFromAPlainThread() {
        String result = Async.run(() -> {
            assertThat(Loop.current()).isNotNull();
            return Async.sleep(Duration.ofMillis(5))
                    .thenApply(v -> Thread.currentThread().getName());
        });

        assertThat(result).isEqualTo("griddle-async-run");
    }

    @Test
    void runRethrowsAnUncheckedFailureAsItIs() {
        assertThatThrownBy(() ->
                        Async.run(() -> Async.sleep(Duration.ofMillis(1)).thenApply(v -> {
                            throw new IllegalStateException("sold out");
                        })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sold out");
    }

    @Test
    void runWrapsACheckedFailure() {
        assertThatThrownBy(() -> Async.run(() -> CompletableFuture.failedFuture(new IOException("offline"))))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(IOException.class)
                .hasMessage("offline");
    }

    @Test
    void runRefusesOnALoop() throws Exception {
        CompletableFuture<Throwable> refused = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                Async.run(() -> CompletableFuture.completedFuture("never"));
                refused.complete(null);
            } catch (Throwable e) {
                refused.complete(e);
            }
        });

        assertThat(refused.get(5, SECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event loop");
    }

    // --- unwrap

    @Test
    void unwrapRemovesCompletionAndExecutionWrappers() {
        IOException cause = new IOException("x");

        assertThat(Async.unwrap(new CompletionException(new ExecutionException(cause))))
                .isSameAs(cause);
        assertThat(Async.unwrap(cause)).isSameAs(cause);
        CompletionException bare = new CompletionException("no cause", null);
        assertThat(Async.unwrap(bare)).isSameAs(bare);
    }
}
