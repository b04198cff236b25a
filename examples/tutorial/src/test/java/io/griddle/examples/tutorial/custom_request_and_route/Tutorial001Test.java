package io.griddle.examples.tutorial.custom_request_and_route;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.ApiRouter;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Request;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FastAPI's tests/test_tutorial/test_custom_request_and_route/test_tutorial001, as the specification. FastAPI's
 * fixture adds a {@code /check-class} route to the tutorial's app, answering the request's class name; here the
 * route is a controller included through the tutorial's router, and answers the class of the request's body
 * decoder (Griddle's custom request is a decoder on the request, not a subclass of it).
 */
class Tutorial001Test {

    /** The fixture's {@code check_gzip_request}. */
    public static final class CheckClass {
        @Get("/check-class")
        public Object checkGzipRequest(Request request) {
            return Map.of("request_class", request.bodyDecoder().getClass().getSimpleName());
        }
    }

    private final TestClient client = TestClient.of(
            App.create().include(Tutorial001.router().include(new Tutorial001()).include(new CheckClass())));

    @AfterEach
    void close() {
        client.close();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void gzipRequest(boolean compress) {
        int n = 1000;
        byte[] data = String.valueOf(Collections.nCopies(n, 1)).getBytes(StandardCharsets.UTF_8);
        var request = client.request("POST", "/sum");
        if (compress) {
            data = gzip(data);
            request.header("Content-Encoding", "gzip");
        }
        request.header("Content-Type", "application/json");
        assertJson(request.content(data).send(), 200, """
                {"sum": 1000}""");
    }

    @Test
    void requestClass() {
        assertJson(client.get("/check-class"), 200, """
                {"request_class": "GzipRequest"}""");
    }

    @Test
    void theTutorialsOwnAppSumsAGzippedBody() {
        try (TestClient own = TestClient.of(Tutorial001.app())) {
            TestResponse response = own.request("POST", "/sum")
                    .header("Content-Encoding", "gzip")
                    .body(gzip("[1, 2, 3]".getBytes(StandardCharsets.UTF_8)), "application/json")
                    .send();
            assertJson(response, 200, """
                    {"sum": 6}""");
        }
    }

    @Test
    void aBodyThatIsNotGzipIsA400() {
        // Not in FastAPI's test: gzip.decompress fails, and FastAPI answers a body it cannot read with this 400.
        TestResponse response = client.request("POST", "/sum")
                .header("Content-Encoding", "gzip")
                .body("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "application/json")
                .send();
        assertJson(response, 400, """
                {"detail": "There was an error parsing the body"}""");
    }

    @Test
    void aBodyThatDecompressesPastTheLimitIsA413() {
        // Not in FastAPI's test: the port bounds what it inflates (a small gzip body can hold a huge one).
        GzipRequest small = new GzipRequest(100);
        App app = App.create()
                .include(ApiRouter.create()
                        .use((request, next) -> {
                            request.decodeBody(small);
                            return next.handle(request);
                        })
                        .include(new Tutorial001()));
        try (TestClient limited = TestClient.of(app)) {
            byte[] data = String.valueOf(Collections.nCopies(1000, 1)).getBytes(StandardCharsets.UTF_8);
            TestResponse response = limited.request("POST", "/sum")
                    .header("Content-Encoding", "gzip")
                    .body(gzip(data), "application/json")
                    .send();
            assertThat(response.status()).isEqualTo(413);
            assertJson(response, 413, """
                    {"detail": "Content Too Large"}""");
        }
    }
}
