package io.griddle.examples.tutorial.request_files;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Post;
import io.griddle.UploadFile;
import java.util.Map;

/**
 * Files: {@code byte[]} for the content alone, {@link UploadFile} for its name, type and content (over 1 MiB it is
 * spooled to a temporary file, deleted after the response).
 */
public final class Tutorial001 {

    @Post("/files/")
    public Map<String, Integer> createFile(@File byte[] file) {
        return Map.of("file_size", file.length);
    }

    @Post("/uploadfile/")
    public Map<String, String> createUploadFile(@File UploadFile file) {
        return Map.of("filename", file.filename());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
