package io.griddle.examples.tutorial.request_files;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Post;
import io.griddle.UploadFile;
import java.util.Map;
import java.util.Optional;

/** Optional files: {@code Optional<byte[]>} and {@code Optional<UploadFile>}, empty when none was sent. */
public final class Tutorial001_02 {

    @Post("/files/")
    public Map<String, Object> createFile(@File Optional<byte[]> file) {
        return file.<Map<String, Object>>map(bytes -> Map.of("file_size", bytes.length))
                .orElse(Map.of("message", "No file sent"));
    }

    @Post("/uploadfile/")
    public Map<String, Object> createUploadFile(@File Optional<UploadFile> file) {
        return file.<Map<String, Object>>map(upload -> Map.of("filename", upload.filename()))
                .orElse(Map.of("message", "No upload file sent"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001_02());
    }
}
