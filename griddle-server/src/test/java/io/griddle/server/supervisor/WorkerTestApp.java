package io.griddle.server.supervisor;

import io.griddle.concurrent.Async;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The application the process tests serve: which process answered, and a slow route. */
public final class WorkerTestApp {

    private WorkerTestApp() {}

    public static WebApp app() {
        return new WebApp()
                .get(
                        "/pid",
                        Endpoint.async(request -> CompletableFuture.completedFuture(
                                Map.of("pid", ProcessHandle.current().pid()))))
                .get(
                        "/slow",
                        Endpoint.async(
                                request -> Async.sleep(Duration.ofMillis(Long.parseLong(request.queryParam("ms"))))
                                        .thenApply(done -> Map.of("slow", true))));
    }

    /** An app's own main, as with {@code Griddle.run(app, args)}. */
    public static void main(String[] args) {
        io.griddle.server.Griddle.run(app(), args);
    }

    public static WebApp broken() {
        throw new IllegalStateException("the database is down");
    }
}
