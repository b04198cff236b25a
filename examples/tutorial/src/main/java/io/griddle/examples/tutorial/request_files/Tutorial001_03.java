package io.griddle.examples.tutorial.request_files;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Post;
import io.griddle.UploadFile;
import java.util.Map;

/** Files with a description in the OpenAPI document: {@code @File(description = ...)}. */
public final class Tutorial001_03 {

    @Post("/files/")
    public Map<String, Integer> createFile(@File(description = "A file read as bytes") byte[] file) {
        return Map.of("file_size", file.length);
    }

    @Post("/uploadfile/")
    public Map<String, String> createUploadFile(@File(description = "A file read as UploadFile") UploadFile file) {
        return Map.of("filename", file.filename());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001_03());
    }
}
