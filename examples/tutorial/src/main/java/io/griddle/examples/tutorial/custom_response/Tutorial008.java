package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import io.griddle.streaming.StreamingResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file streamed as it is read: {@code StreamingResponse.of(type, InputStream)} reads it in chunks on the blocking
 * executor, and closes it at the end or when the client leaves.
 */
public final class Tutorial008 {

    private final Path someFilePath;

    Tutorial008(Path someFilePath) {
        this.someFilePath = someFilePath;
    }

    @Get("/")
    public Response main() throws IOException {
        return StreamingResponse.of("video/mp4", Files.newInputStream(someFilePath));
    }

    /** The app, streaming {@code large-video-file.mp4}. */
    public static App app() {
        return app(Path.of("large-video-file.mp4"));
    }

    /** The app, streaming the file given. */
    public static App app(Path someFilePath) {
        return App.create().include(new Tutorial008(someFilePath));
    }
}
