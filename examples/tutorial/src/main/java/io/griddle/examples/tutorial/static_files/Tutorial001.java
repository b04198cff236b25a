package io.griddle.examples.tutorial.static_files;

import io.griddle.App;
import io.griddle.files.StaticFiles;
import java.nio.file.Path;

/** Static files: the directory {@code static} (under the working directory) mounted at {@code /static}. */
public final class Tutorial001 {

    private Tutorial001() {}

    /** The app, serving {@code ./static}. */
    public static App app() {
        return app(Path.of("static"));
    }

    /** The app, serving the given directory (the tests' temporary one). */
    public static App app(Path directory) {
        return App.create().mount("/static", StaticFiles.directory(directory));
    }
}
