package io.griddle.examples.tutorial.background_tasks;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.web.BackgroundTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Background tasks added by a dependency and by the handler: the dependency's first, since it ran first; both
 * instances are the request's one queue.
 */
public final class Tutorial002 {

    private final java.nio.file.Path log;

    private Tutorial002(java.nio.file.Path log) {
        this.log = log;
    }

    static void writeLog(java.nio.file.Path log, String message) {
        try {
            Files.writeString(log, message, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** FastAPI's {@code get_query}: logs the query in the background when there is one. */
    public static final class GetQuery {
        private final java.nio.file.Path log;

        GetQuery(java.nio.file.Path log) {
            this.log = log;
        }

        public String provide(BackgroundTasks backgroundTasks, @Query("q") Optional<String> q) {
            if (q.isPresent() && !q.get().isEmpty()) {
                String message = "found query: " + q.get() + "\n";
                backgroundTasks.add(() -> writeLog(log, message));
            }
            return q.orElse(null);
        }
    }

    @Post("/send-notification/{email}")
    public CompletionStage<Map<String, String>> sendNotification(
            @Path String email, BackgroundTasks backgroundTasks, @Depends(GetQuery.class) Optional<String> q) {
        String message = "message to " + email + "\n";
        backgroundTasks.add(() -> writeLog(log, message));
        return CompletableFuture.completedFuture(Map.of("message", "Message sent"));
    }

    /** The app, appending to {@code log.txt} in the working directory. */
    public static App app() {
        return app(java.nio.file.Path.of("log.txt"));
    }

    /** The app, appending to the given file. */
    public static App app(java.nio.file.Path log) {
        return App.create().provide(GetQuery.class, new GetQuery(log)).include(new Tutorial002(log));
    }
}
