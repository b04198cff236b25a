package io.griddle.server;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.LifespanMessage;
import io.griddle.gateway.LifespanScope;
import io.griddle.gateway.Message;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives the application's lifespan scope: sends startup and waits for the answer before the server accepts
 * connections; sends shutdown after it stopped serving. An application that ends the scope without answering does
 * not use lifespan, and the server goes on (Uvicorn's {@code --lifespan auto}).
 */
final class LifespanDriver {

    private final CompletableFuture<Message> shutdownSignal = new CompletableFuture<>();
    private final CompletableFuture<Boolean> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean supported = true;

    /** Sends startup on the loop; answers true when startup hooks ran, false when the app has no lifespan. */
    CompletableFuture<Boolean> startup(Gateway app, Executor loop) {
        Map<String, Object> state = new ConcurrentHashMap<>();
        int[] received = {0};
        loop.execute(() -> {
            CompletionStage<Void> call;
            try {
                call = app.call(new LifespanScope(state), () -> {
                    received[0]++;
                    return received[0] == 1 ? CompletableFuture.completedFuture(new LifespanMessage.Startup())
                            : shutdownSignal;
                }, message -> {
                    switch (message) {
                        case LifespanMessage.StartupComplete ignored -> started.complete(true);
                        case LifespanMessage.StartupFailed failed ->
                                started.completeExceptionally(new StartupException(failed.message()));
                        case LifespanMessage.ShutdownComplete ignored -> stopped.complete(null);
                        case LifespanMessage.ShutdownFailed failed ->
                                stopped.completeExceptionally(new IllegalStateException(failed.message()));
                        default -> { }
                    }
                    return CompletableFuture.completedFuture(null);
                });
            } catch (Throwable error) {
                call = CompletableFuture.failedFuture(error);
            }
            call.whenComplete((v, error) -> {
                if (!started.isDone()) {
                    supported = false;
                    started.complete(false);
                }
                stopped.complete(null);
            });
        });
        return started;
    }

    /** Sends shutdown and waits up to the limit for the hooks. */
    void shutdown(Duration limit) throws Exception {
        if (!supported) {
            return;
        }
        shutdownSignal.complete(new LifespanMessage.Shutdown());
        try {
            stopped.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("shutdown hooks did not finish within " + limit.toMillis() + " ms");
        }
    }

    /** The application's startup failed. */
    static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }
    }
}
