package io.griddle.concurrent;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopTest {

    private Concurrency concurrency;
    private Loop loop;

    @BeforeEach
    void startLoop() {
        concurrency = Concurrency.defaults();
        loop = concurrency.startLoop("loop-test");
    }

    @AfterEach
    void stopLoop() {
        concurrency.close();
    }

    @Test
    void currentIsTheLoopOnItsThreadAndNullElsewhere() throws Exception {
        CompletableFuture<Loop> seen = new CompletableFuture<>();
        loop.execute(() -> seen.complete(Loop.current()));

        assertThat(seen.get(5, SECONDS)).isSameAs(loop);
        assertThat(Loop.current()).isNull();
        assertThat(loop.thread().getName()).isEqualTo("loop-test");
        assertThat(loop.inLoop()).isFalse();
        assertThat(loop.concurrency()).isSameAs(concurrency);
        assertThat(concurrency.loops()).containsExactly(loop);
    }

    @Test
    void executeNowOrLaterRunsAtOnceOnTheLoop() throws Exception {
        CompletableFuture<Boolean> ranInline = new CompletableFuture<>();
        loop.execute(() -> {
            boolean[] ran = {false};
            loop.executeNowOrLater(() -> ran[0] = true);
            ranInline.complete(ran[0]);
        });

        assertThat(ranInline.get(5, SECONDS)).isTrue();
    }

    @Test
    void scheduledCommandRunsOnBehalfOfTheTaskCurrentWhenScheduled() throws Exception {
        LoopTask task = LoopTask.named("GET /later");
        CompletableFuture<LoopTask> seen = new CompletableFuture<>();
        loop.execute(() ->
                loop.runAs(task, () -> loop.schedule(() -> seen.complete(loop.currentTask()), 1, MILLISECONDS)));

        assertThat(seen.get(5, SECONDS)).isSameAs(task);
    }

    @Test
    void currentTaskIsNullBetweenTasks() throws Exception {
        CompletableFuture<LoopTask> seen = new CompletableFuture<>();
        loop.execute(() -> {
            loop.runAs(LoopTask.named("t"), () -> {});
            seen.complete(loop.currentTask());
        });

        assertThat(seen.get(5, SECONDS)).isNull();
    }

    @Test
    void builderRefusesBadSettings() {
        assertThatThrownBy(() -> Concurrency.builder().blockingThreads(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concurrency.builder().slowCallback(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concurrency.builder().slowCallback(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
