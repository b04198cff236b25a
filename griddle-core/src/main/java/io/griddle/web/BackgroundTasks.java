package io.griddle.web;

import io.griddle.concurrent.Async;
import io.griddle.http.Request;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work to do after the response is sent, as FastAPI's {@code BackgroundTasks}: tasks run once the last byte went
 * out, one after the other in the order added, each awaited before the next. A blocking task runs on the blocking
 * executor (a virtual thread by default); an async one is started on the event loop and awaited. A task's failure is
 * logged with the request's route and does not stop the others; the response is already gone, so nothing a task does
 * changes it. The request's call ends when its last task has, so a server's graceful stop waits for them (within
 * {@code --timeout-graceful-shutdown}).
 *
 * <p>A handler or a dependency of the framework layer declares a parameter of this type; in the toolkit,
 * {@link #of(Request)} gives the request's tasks.
 *
 * <pre>{@code
 * @Post("/send-notification/{email}")
 * Map<String, String> notify(@Path String email, BackgroundTasks tasks) {
 *     tasks.add(() -> writeLog("notification for " + email));          // blocking: on a virtual thread
 *     tasks.addAsync(() -> mailer.send(email, "Welcome"));             // async: a CompletionStage
 *     return Map.of("message", "Notification sent in the background");
 * }
 * }</pre>
 */
public final class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.error");

    private final Request request;

    private BackgroundTasks(Request request) {
        this.request = request;
    }

    /** The tasks of this request; every instance for the same request adds to the same queue. */
    public static BackgroundTasks of(Request request) {
        return new BackgroundTasks(Objects.requireNonNull(request, "request"));
    }

    /** Adds blocking work, run after the response on the blocking executor (a virtual thread by default). */
    public BackgroundTasks add(Runnable task) {
        Objects.requireNonNull(task, "task");
        request.afterResponse(() -> logged(Async.toThread(() -> {
            task.run();
            return null;
        })));
        return this;
    }

    /** Adds async work: the supplier is called on the event loop after the response, and its stage awaited. */
    public BackgroundTasks addAsync(Supplier<? extends CompletionStage<?>> task) {
        Objects.requireNonNull(task, "task");
        request.afterResponse(() -> {
            CompletionStage<?> started;
            try {
                started = task.get();
            } catch (Throwable error) {
                started = CompletableFuture.failedFuture(error);
            }
            return logged(started == null ? CompletableFuture.completedFuture(null) : started);
        });
        return this;
    }

    // A failure is the task's own: logged with the route, never passed on (the next task still runs).
    private CompletionStage<Void> logged(CompletionStage<?> running) {
        return running.handle((value, error) -> {
            if (error != null) {
                String route = request.route();
                LOG.error(
                        "Background task failed after {}",
                        route != null ? request.method() + " " + route : request.toString(),
                        Async.unwrap(error));
            }
            return null;
        });
    }
}
