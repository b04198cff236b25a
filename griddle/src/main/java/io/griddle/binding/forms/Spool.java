package io.griddle.binding.forms;

import io.griddle.concurrent.Async;
import io.griddle.http.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.slf4j.LoggerFactory;

/**
 * The temporary files of one request's uploads, deleted after the response is sent (or when the client has left),
 * on the blocking executor. A file spooled after that (a body still arriving when the client went away) is deleted
 * at once.
 */
final class Spool {

    private final List<Path> files = new ArrayList<>(1);
    private boolean closed;

    private Spool() {}

    /** A spool whose files are deleted after the request's response. */
    static Spool forRequest(Request request) {
        Spool spool = new Spool();
        request.afterResponse(spool::deleteAll);
        return spool;
    }

    /** Adds a file to delete; deletes it now when the request is over already. */
    void add(Path file) {
        synchronized (this) {
            if (!closed) {
                files.add(file);
                return;
            }
        }
        delete(file);
    }

    private CompletionStage<Void> deleteAll() {
        List<Path> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(files);
            files.clear();
        }
        if (all.isEmpty()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return Async.toThread(() -> {
            all.forEach(Spool::delete);
            return null;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file); // moved away by UploadFile.transferTo: nothing to do
        } catch (IOException e) {
            LoggerFactory.getLogger("griddle.error").warn("could not delete the upload {}", file, e);
        }
    }
}
