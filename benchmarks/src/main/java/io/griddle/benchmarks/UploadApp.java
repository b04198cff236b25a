package io.griddle.benchmarks;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Form;
import io.griddle.Post;
import io.griddle.UploadFile;
import io.griddle.server.Griddle;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * One upload route for {@code benchmarks/load/upload-rss.sh}: {@code POST /upload} takes a multipart file, reads it
 * back through {@link UploadFile#inputStream()} and answers its size, the bytes read and whether it was spooled. The
 * script sends a large file and reads the server's resident memory before, at its peak and after.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.griddle.benchmarks.UploadApp --port 8000 --max-body-size 0
 * }</pre>
 */
public final class UploadApp {

    private UploadApp() {}

    /** The upload routes. */
    public static final class Routes {
        /** Reads the whole file back, so that the measure includes reading a spooled file. */
        @Post("/upload")
        public Map<String, Object> upload(@File UploadFile file, @Form String label) throws IOException {
            long read = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = file.inputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read += n;
                }
            }
            return Map.of("label", label, "size", file.size(), "read", read, "spooled", !file.inMemory());
        }
    }

    public static App app() {
        return App.create().include(new Routes());
    }

    public static void main(String[] args) {
        Griddle.run(app(), args);
    }
}
