package io.griddle.examples.tutorial.request_files;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.UploadFile;
import io.griddle.http.Response;
import java.util.List;
import java.util.Map;

/** Several files under one name: {@code List<byte[]>} and {@code List<UploadFile>}, and a page with both forms. */
public final class Tutorial003 {

    @Post("/files/")
    public Map<String, List<Integer>> createFiles(@File(description = "Multiple files as bytes") List<byte[]> files) {
        return Map.of("file_sizes", files.stream().map(file -> file.length).toList());
    }

    @Post("/uploadfiles/")
    public Map<String, List<String>> createUploadFiles(
            @File(description = "Multiple files as UploadFile") List<UploadFile> files) {
        return Map.of("filenames", files.stream().map(UploadFile::filename).toList());
    }

    @Get("/")
    public Response main() {
        String content = "\n<body>\n"
                + "<form action=\"/files/\" enctype=\"multipart/form-data\" method=\"post\">\n"
                + "<input name=\"files\" type=\"file\" multiple>\n"
                + "<input type=\"submit\">\n"
                + "</form>\n"
                + "<form action=\"/uploadfiles/\" enctype=\"multipart/form-data\" method=\"post\">\n"
                + "<input name=\"files\" type=\"file\" multiple>\n"
                + "<input type=\"submit\">\n"
                + "</form>\n"
                + "</body>\n"
                + "    ";
        return Response.html(content);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
