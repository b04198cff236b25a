package io.griddle.examples.tutorial.middleware;

import io.griddle.App;

/**
 * A middleware that times every request and says how long it took in {@code X-Process-Time} (seconds), as
 * FastAPI's {@code @app.middleware("http")}: {@code next.handle(request)} is {@code await call_next(request)}.
 */
public final class Tutorial001 {

    private Tutorial001() {}

    /** The app. */
    public static App app() {
        return App.create().use((request, next) -> {
            long start = System.nanoTime();
            return next.handle(request).thenApply(response -> {
                double seconds = (System.nanoTime() - start) / 1e9;
                return response.header("X-Process-Time", Double.toString(seconds));
            });
        });
    }
}
