package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.web.WebApp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileResponse from handlers: headers, downloads, ranges applied when sent, a missing file. */
class FileResponseTest {

    @TempDir
    Path root;

    @Test
    void aFileWithItsGuessedTypeAndValidators() throws Exception {
        Path video = Files.write(root.resolve("large-video-file.mp4"), "Fake video bytes".getBytes());
        Response response = FileResponse.of(video);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("video/mp4");
        assertThat(response.headers().get("content-length")).isEqualTo("16");
        assertThat(response.headers().get("accept-ranges")).isEqualTo("bytes");
        assertThat(response.headers().get("etag")).isNotNull();
        assertThat(response.file()).isEqualTo(new Response.FileBody(video, 0, 16));
    }

    @Test
    void downloadsNameTheFileAndEncodeNamesThatNeedIt() throws Exception {
        Path file = Files.writeString(root.resolve("r-7.bin"), "x");
        assertThat(FileResponse.download(file, "report.pdf").headers().get("content-disposition"))
                .isEqualTo("attachment; filename=\"report.pdf\"");
        assertThat(FileResponse.download(file, "report.pdf").headers().get("content-type"))
                .isEqualTo("application/pdf");
        assertThat(FileResponse.download(file, "résumé 1.txt").headers().get("content-disposition"))
                .isEqualTo("attachment; filename*=utf-8''r%C3%A9sum%C3%A9%201.txt");
        assertThat(FileResponse.builder(file)
                        .filename("a.csv")
                        .inline()
                        .mediaType("text/csv")
                        .build()
                        .headers()
                        .get("content-disposition"))
                .isEqualTo("inline; filename=\"a.csv\"");
    }

    @Test
    void handlersReturnItAndRangesAreAnsweredWhenSent() throws Exception {
        Path file = Files.writeString(root.resolve("abc.txt"), "abcdefghij");
        WebApp app = new WebApp()
                .get("/file", Endpoint.blocking(request -> FileResponse.of(file)))
                .get("/missing", Endpoint.blocking(request -> FileResponse.of(root.resolve("nope.txt"))));
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/file").text()).isEqualTo("abcdefghij");
            TestResponse part =
                    client.request("GET", "/file").header("range", "bytes=2-4").send();
            assertThat(part.status()).isEqualTo(206);
            assertThat(part.text()).isEqualTo("cde");
            assertThat(part.header("content-range")).isEqualTo("bytes 2-4/10");
            assertThat(part.header("content-type")).isEqualTo("text/plain; charset=utf-8");
            assertThat(client.head("/file").header("content-length")).isEqualTo("10");
            TestResponse missing = client.get("/missing");
            assertThat(missing.status()).isEqualTo(500);
        }
    }

    @Test
    void otherStatusesAreNotRanged() throws Exception {
        Path file = Files.writeString(root.resolve("gone.html"), "<p>gone</p>");
        WebApp app = new WebApp()
                .get(
                        "/gone",
                        Endpoint.blocking(request ->
                                FileResponse.builder(file).status(410).build()));
        try (TestClient client = TestClient.of(app)) {
            TestResponse gone =
                    client.request("GET", "/gone").header("range", "bytes=0-1").send();
            assertThat(gone.status()).isEqualTo(410);
            assertThat(gone.text()).isEqualTo("<p>gone</p>");
        }
    }
}
