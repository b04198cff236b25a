package io.griddle.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class StagesTest {

    @Test
    void succeededOnlyWhenDoneWithoutFailure() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        cancelled.cancel(false);

        assertThat(Stages.succeeded(CompletableFuture.completedFuture("ok"))).isTrue();
        assertThat(Stages.succeeded(CompletableFuture.completedFuture(null))).isTrue();
        assertThat(Stages.succeeded(pending)).isFalse();
        assertThat(Stages.succeeded(CompletableFuture.failedFuture(new IOException())))
                .isFalse();
        assertThat(Stages.succeeded(cancelled)).isFalse();
    }

    @Test
    void aCancellableFutureIsItsOwnCancellableFollower() {
        CancellableFuture<String> already = new CancellableFuture<>();

        assertThat(Stages.cancellable(already)).isSameAs(already);
    }

    @Test
    void cancellingTheFollowerCancelsTheStage() {
        CompletableFuture<String> stage = new CompletableFuture<>();

        Stages.cancellable(stage).cancel(true);

        assertThat(stage.isCancelled()).isTrue();
    }

    @Test
    void theFollowerCompletesAsTheStageDoesWithTheFailureUnwrapped() {
        CompletableFuture<String> value = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();
        CancellableFuture<String> followsValue = Stages.cancellable(value);
        CancellableFuture<String> followsFailure = Stages.cancellable(failing);

        value.complete("ok");
        failing.completeExceptionally(new CompletionException(new IOException("gone")));

        assertThat(followsValue.join()).isEqualTo("ok");
        assertThat(followsFailure.handle((v, e) -> e).join())
                .isInstanceOf(IOException.class)
                .hasMessage("gone");
    }

    @Test
    void followMapsTheOutcomeAndWhatItThrowsFailsTheFollower() {
        CompletionStage<Integer> mapped = Stages.<String, Integer>follow(
                CompletableFuture.completedFuture("abc"),
                (value, error, follower) -> follower.complete(value.length()));
        CompletionStage<Integer> throwing =
                Stages.<String, Integer>follow(CompletableFuture.completedFuture("abc"), (value, error, follower) -> {
                    throw new IOException("render failed");
                });

        assertThat(mapped.toCompletableFuture().join()).isEqualTo(3);
        assertThat(throwing.toCompletableFuture().handle((v, e) -> e).join())
                .isInstanceOf(IOException.class)
                .hasMessage("render failed");
    }
}
