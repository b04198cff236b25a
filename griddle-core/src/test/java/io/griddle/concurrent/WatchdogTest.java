package io.griddle.concurrent;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WatchdogTest {

    private static final Duration LIMIT = Duration.ofMillis(50);

    /** Runs a task on the loop that holds it for the given time, and waits until it is done. */
    private static void hold(Loop loop, LoopTask task, long millis) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            loop.enter(task);
            try {
                Thread.sleep(millis);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            } finally {
                loop.exit();
            }
        });
        done.get(5, SECONDS);
    }

    private static boolean hasSleepFrame(StackTraceElement[] stack) {
        return Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals("java.lang.Thread")
                        && frame.getMethodName().equals("sleep"));
    }

    @Test
    void taskHoldingTheLoopTooLongIsReportedOnceWithItsNameAndStack() throws Exception {
        List<LoopBlockedException> reports = new CopyOnWriteArrayList<>();
        try (Concurrency concurrency = Concurrency.builder()
                .slowCallback(LIMIT)
                .onBlocked(reports::add)
                .build()) {
            Loop loop = concurrency.startLoop("watched-loop");

            hold(loop, LoopTask.named("GET /slow"), 300);

            assertThat(reports).hasSize(1);
            LoopBlockedException report = reports.get(0);
            assertThat(report.task()).isEqualTo("GET /slow");
            assertThat(report.heldMillis()).isGreaterThanOrEqualTo(LIMIT.toMillis());
            assertThat(report.getMessage()).contains("watched-loop", "GET /slow", "limit 50 ms");
            assertThat(hasSleepFrame(report.getStackTrace()))
                    .as("stack of the loop thread: %s", Arrays.toString(report.getStackTrace()))
                    .isTrue();
        }
    }

    @Test
    void eachEpisodeIsReportedSeparately() throws Exception {
        List<LoopBlockedException> reports = new CopyOnWriteArrayList<>();
        try (Concurrency concurrency = Concurrency.builder()
                .slowCallback(LIMIT)
                .onBlocked(reports::add)
                .build()) {
            Loop loop = concurrency.startLoop("watched-loop");

            hold(loop, LoopTask.named("first"), 300);
            hold(loop, LoopTask.named("second"), 300);

            assertThat(reports).extracting(LoopBlockedException::task).containsExactly("first", "second");
        }
    }

    @Test
    void quickTasksAreNotReported() throws Exception {
        List<LoopBlockedException> reports = new CopyOnWriteArrayList<>();
        try (Concurrency concurrency = Concurrency.builder()
                .slowCallback(Duration.ofSeconds(2))
                .onBlocked(reports::add)
                .build()) {
            Loop loop = concurrency.startLoop("watched-loop");

            for (int i = 0; i < 20; i++) {
                hold(loop, LoopTask.named("quick " + i), 1);
            }

            assertThat(reports).isEmpty();
        }
    }

    @Test
    void strictModeTellsTheTaskItBlocked() throws Exception {
        CompletableFuture<LoopBlockedException> told = new CompletableFuture<>();
        LoopTask task = new LoopTask() {
            @Override
            public String describe() {
                return "GET /task-blocking-in-async";
            }

            @Override
            public void blocked(LoopBlockedException failure) {
                told.complete(failure);
            }
        };
        try (Concurrency concurrency =
                Concurrency.builder().slowCallback(LIMIT).strict(true).build()) {
            assertThat(concurrency.strict()).isTrue();
            Loop loop = concurrency.startLoop("strict-loop");

            hold(loop, task, 300);

            LoopBlockedException failure = told.get(5, SECONDS);
            assertThat(failure.task()).isEqualTo("GET /task-blocking-in-async");
            assertThat(hasSleepFrame(failure.getStackTrace())).isTrue();
        }
    }

    @Test
    void withoutStrictModeTheTaskIsNotTold() throws Exception {
        CompletableFuture<LoopBlockedException> told = new CompletableFuture<>();
        CompletableFuture<LoopBlockedException> reported = new CompletableFuture<>();
        LoopTask task = new LoopTask() {
            @Override
            public String describe() {
                return "lenient";
            }

            @Override
            public void blocked(LoopBlockedException failure) {
                told.complete(failure);
            }
        };
        try (Concurrency concurrency = Concurrency.builder()
                .slowCallback(LIMIT)
                .onBlocked(reported::complete)
                .build()) {
            Loop loop = concurrency.startLoop("lenient-loop");

            hold(loop, task, 300);

            assertThat(reported.get(5, SECONDS).task()).isEqualTo("lenient");
            assertThat(told).isNotDone();
        }
    }

    @Test
    void nestedEnterKeepsTheOutermostTask() throws Exception {
        List<LoopBlockedException> reports = new CopyOnWriteArrayList<>();
        try (Concurrency concurrency = Concurrency.builder()
                .slowCallback(LIMIT)
                .onBlocked(reports::add)
                .build()) {
            Loop loop = concurrency.startLoop("nested-loop");
            CompletableFuture<Void> done = new CompletableFuture<>();

            loop.execute(() -> loop.runAs(
                    LoopTask.named("outer"),
                    () -> loop.runAs(LoopTask.named("inner"), () -> {
                        try {
                            Thread.sleep(300);
                            done.complete(null);
                        } catch (InterruptedException e) {
                            done.completeExceptionally(e);
                        }
                    })));
            done.get(5, SECONDS);

            assertThat(reports).extracting(LoopBlockedException::task).containsExactly("outer");
        }
    }

    @Test
    void settingsAreReported() {
        try (Concurrency concurrency =
                Concurrency.builder().slowCallback(LIMIT).blockingThreads(3).build()) {
            assertThat(concurrency.slowCallback()).isEqualTo(LIMIT);
            assertThat(concurrency.blockingThreads()).isEqualTo(3);
            assertThat(concurrency.strict()).isFalse();
        }
    }
}
