package io.griddle;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Startup and shutdown as one piece of code, FastAPI's {@code lifespan=} context manager: {@link #start} runs once
 * before the first request, may fill the application's state (which every request reads with
 * {@code Request.state()}), and returns what to run at shutdown. Resources opened at startup are closed in the same
 * place they were opened.
 *
 * <pre>{@code
 * App app = App.create().lifespan(state -> {
 *     Model model = Model.load();                  // before the server accepts connections
 *     state.put("model", model);
 *     return model::close;                         // at shutdown
 * });
 * }</pre>
 *
 * <p>A startup that throws fails the start (the server does not serve, a {@code TestClient} fails to open); the
 * shutdown runs only if the startup completed. Both run on a blocking thread, so they may block.
 */
@FunctionalInterface
public interface Lifespan {

    /**
     * Runs at startup.
     *
     * @param state the application's state, shared with every request
     * @return what runs at shutdown ({@code () -> {}} when there is nothing to release)
     * @throws Exception to fail the startup
     */
    AutoCloseable start(Map<String, Object> state) throws Exception;

    /** Installs the lifespan as a startup hook and the shutdown hook that runs what it returned. */
    static void install(App app, Lifespan lifespan) {
        AtomicReference<AutoCloseable> shutdown = new AtomicReference<>();
        app.onStartup(state -> {
            try {
                shutdown.set(lifespan.start(state));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("lifespan startup failed: " + e.getMessage(), e);
            }
        });
        app.onShutdown(state -> {
            AutoCloseable close = shutdown.getAndSet(null);
            if (close == null) {
                return;
            }
            try {
                close.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("lifespan shutdown failed: " + e.getMessage(), e);
            }
        });
    }
}
