package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.BodyDecoder;
import io.griddle.http.Request;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A body decoder set by a router's middleware: its routes bind (JSON and forms) from the decoded body, other routes
 * from the body as it arrived; a body it cannot decode is a 400.
 */
class BodyDecoderTest {

    static final class Gunzip implements BodyDecoder {
        @Override
        public String toString() {
            return "gunzip";
        }

        @Override
        public byte[] decode(Request request, byte[] body) throws IOException {
            if (!"gzip".equals(request.header("content-encoding"))) {
                return body;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            }
        }
    }

    static final class Sums {
        @Post("/sum")
        public Map<String, Integer> sum(@Body List<Integer> numbers) {
            return Map.of("sum", numbers.stream().mapToInt(Integer::intValue).sum());
        }

        @Post("/login")
        public Map<String, String> login(@Form String username) {
            return Map.of("username", username);
        }

        @Get("/decoder")
        public Map<String, String> decoder(Request request) {
            return Map.of("decoder", String.valueOf(request.bodyDecoder()));
        }
    }

    static final class Plain {
        @Post("/plain")
        public Map<String, Integer> sum(@Body List<Integer> numbers) {
            return Map.of("count", numbers.size());
        }
    }

    private static App app() {
        Gunzip gunzip = new Gunzip();
        return App.create()
                .include(ApiRouter.create()
                        .use((request, next) -> {
                            request.decodeBody(gunzip);
                            return next.handle(request);
                        })
                        .include(new Sums()))
                .include(new Plain());
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static TestResponse post(TestClient client, String path, byte[] body, String contentType) {
        return client.request("POST", path)
                .header("content-encoding", "gzip")
                .body(body, contentType)
                .send();
    }

    @Test
    void theRoutersRoutesBindTheDecodedBody() {
        try (TestClient client = TestClient.of(app())) {
            TestResponse json = post(client, "/sum", gzip("[1, 2, 3]"), "application/json");
            assertThat(json.status()).as(json.text()).isEqualTo(200);
            assertThat(json.json()).isEqualTo(Map.of("sum", 6));

            TestResponse form = post(client, "/login", gzip("username=johndoe"), "application/x-www-form-urlencoded");
            assertThat(form.json()).isEqualTo(Map.of("username", "johndoe"));

            TestResponse plain =
                    client.request("POST", "/sum").json(List.of(4, 5)).send();
            assertThat(plain.json()).isEqualTo(Map.of("sum", 9));

            assertThat(client.get("/decoder").json()).isEqualTo(Map.of("decoder", "gunzip"));
        }
    }

    @Test
    void otherRoutesReadTheBodyAsItArrived() {
        try (TestClient client = TestClient.of(app())) {
            TestResponse response = post(client, "/plain", gzip("[1, 2, 3]"), "application/json");
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.text()).contains("\"type\":\"json_invalid\"");
        }
    }

    @Test
    void aBodyTheDecoderCannotReadIsA400() {
        try (TestClient client = TestClient.of(app())) {
            TestResponse response =
                    post(client, "/sum", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "application/json");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).isEqualTo(Map.of("detail", "There was an error parsing the body"));
        }
    }
}
