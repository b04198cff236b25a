package io.griddle.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The server side of the lifespan scope, for anything that hosts an application (a server, a test client): send
 * startup and learn whether it succeeded; later send shutdown and wait for the hooks. An application that ends the
 * scope without answering does not use lifespan, and hosting goes on (Uvicorn's {@code --lifespan auto}).
 *
 * <pre>{@code
 * LifespanDriver lifespan = new LifespanDriver();
 * boolean hooksRan = lifespan.startup(app, loop).get();   // fails with StartupFailed's message
 * ...
 * lifespan.shutdown(Duration.ofSeconds(30));
 * }</pre>
 */
public final class LifespanDriver {

    private final CompletableFuture<Message> shutdownSignal = new CompletableFuture<>();
    private final CompletableFuture<Boolean> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean supported = true;

    /** A driver that has not sent startup yet. */
    public LifespanDriver() {}

    /**
     * Sends startup to the application, calling it on the given loop.
     *
     * @return completes with true when the startup hooks ran, false when the application has no lifespan; fails with
     *         {@link StartupException} when startup failed
     */
    public CompletableFuture<Boolean> startup(Gateway app, Executor loop) {
        Map<String, Object> state = new ConcurrentHashMap<>();
        int[] received = {0};
        loop.execute(() -> {
            CompletionStage<Void> call;
            try {
                call = app.call(
                        new LifespanScope(state),
                        () -> {
                            received[0]++;
                            return received[0] == 1
                                    ? CompletableFuture.completedFuture(new LifespanMessage.Startup())
                                    : shutdownSignal;
                        },
                        message -> {
                            switch (message) {
                                case LifespanMessage.StartupComplete ignored -> started.complete(true);
                                case LifespanMessage.StartupFailed failed ->
                                    started.completeExceptionally(new StartupException(failed.message()));
                                case LifespanMessage.ShutdownComplete ignored -> stopped.complete(null);
                                case LifespanMessage.ShutdownFailed failed ->
                                    stopped.completeExceptionally(new IllegalStateException(failed.message()));
                                default -> {}
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

    /** Sends shutdown and waits up to the limit for the hooks; nothing to do for an app without lifespan. */
    public void shutdown(Duration limit) throws Exception {
        if (!supported || !started.isDone()) {
            return;
        }
        shutdownSignal.complete(new LifespanMessage.Shutdown());
        try {
            stopped.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("shutdown hooks did not finish within " + limit.toMillis() + " ms");
        }
    }

    /** The application's startup failed; the message is the application's. */
    public static final class StartupException extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public StartupException(String message) {
            super(message);
        }
    }
}
