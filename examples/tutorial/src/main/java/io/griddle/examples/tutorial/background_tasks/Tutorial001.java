package io.griddle.examples.tutorial.background_tasks;

import io.griddle.App;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.web.BackgroundTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A notification written to a file after the response is sent: a blocking task, run on a virtual thread. */
public final class Tutorial001 {

    private final java.nio.file.Path log;

    private Tutorial001(java.nio.file.Path log) {
        this.log = log;
    }

    void writeNotification(String email, String message) {
        try {
            Files.writeString(log, "notification for " + email + ": " + message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Post("/send-notification/{email}")
    public CompletionStage<Map<String, String>> sendNotification(@Path String email, BackgroundTasks backgroundTasks) {
        backgroundTasks.add(() -> writeNotification(email, "some notification"));
        return CompletableFuture.completedFuture(Map.of("message", "Notification sent in the background"));
    }

    /** The app, writing {@code log.txt} in the working directory. */
    public static App app() {
        return app(java.nio.file.Path.of("log.txt"));
    }

    /** The app, writing the given file. */
    public static App app(java.nio.file.Path log) {
        return App.create().include(new Tutorial001(log));
    }
}
