package io.griddle.files;

import io.griddle.http.Response;
import java.util.List;

/** Where static files come from: a directory on disk or a class-path folder. */
interface FileSource {

    /** What a name under the source is. */
    sealed interface Entry {}

    /** A file to serve: its validators, and its response for a status (the body from disk or memory). */
    non-sealed interface Found extends Entry {
        Validators validators();

        Response response(int status, String mediaType);
    }

    /** A directory (for {@code html} mode's {@code index.html}). */
    enum Directory implements Entry {
        INSTANCE
    }

    /** Nothing there, or nothing that may be served (a link out of the root). */
    enum Missing implements Entry {
        INSTANCE
    }

    /** Looks the names up; safe names only ({@link SafePaths}). */
    Entry find(List<String> names);

    /** Whether the source's root exists and is a directory (Starlette's check at startup). */
    boolean rootExists();

    /** What an error message calls the source. */
    String describe();
}
