package io.griddle.examples.tutorial.path_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/** A path parameter that holds a path: {@code {file_path:path}} takes the rest of the URL, slashes included. */
public final class Tutorial004 {

    @Get("/files/{file_path:path}")
    public Map<String, Object> readFile(@Path("file_path") String filePath) {
        return Map.of("file_path", filePath);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
