package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.files.FileResponse;
import io.griddle.http.Response;
import java.nio.file.Path;

/**
 * Custom response: FastAPI's {@code response_class=FileResponse} with a handler returning the path. Griddle has no
 * response class; the handler wraps the path itself.
 */
public final class Tutorial009b {

    private final Path someFilePath;

    private Tutorial009b(Path someFilePath) {
        this.someFilePath = someFilePath;
    }

    @Get("/")
    public Response main() {
        return FileResponse.of(someFilePath);
    }

    /** The app, serving {@code large-video-file.mp4} from the working directory. */
    public static App app() {
        return app(Path.of("large-video-file.mp4"));
    }

    /** The app, serving the given file. */
    public static App app(Path someFilePath) {
        return App.create().include(new Tutorial009b(someFilePath));
    }
}
