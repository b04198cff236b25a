package io.griddle.examples.tutorial.request_forms_and_files;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Form;
import io.griddle.Post;
import io.griddle.UploadFile;
import java.util.Map;

/** Files and form fields in one {@code multipart/form-data} body. */
public final class Tutorial001 {

    @Post("/files/")
    public Map<String, Object> createFile(@File byte[] file, @File UploadFile fileb, @Form String token) {
        return Map.of("file_size", file.length, "token", token, "fileb_content_type", fileb.contentType());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
