package io.griddle.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Message;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Starlette's GZip behaviour: size threshold, Vary, skipped encodings and event streams, streams chunk by chunk. */
class GZipTest {

    private static final String BIG = "x".repeat(4000);

    private static WebApp app() {
        return new WebApp()
                .get("/", Endpoint.async(r -> done(Response.text(BIG))))
                .get("/small", Endpoint.async(r -> done(Response.text("OK"))))
                .get("/stream", Endpoint.async(r -> done(Response.stream("text/plain", GZipTest::tenChunks))))
                .get("/encoded", Endpoint.async(r -> done(Response.text(BIG).header("content-encoding", "text"))))
                .get("/events", Endpoint.async(r -> done(Response.stream("text/event-stream", GZipTest::tenChunks))));
    }

    private static CompletionStage<Void> tenChunks(Response.BodyWriter out) {
        CompletionStage<Void> written = CompletableFuture.completedFuture(null);
        for (int i = 0; i < 10; i++) {
            written = written.thenCompose(v -> out.write("x".repeat(400)));
        }
        return written;
    }

    private static CompletionStage<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }

    private static String gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLargeBodyIsCompressedWithItsNewLength() throws Exception {
        try (Driver client = new Driver(app().wrap(GZip.builder().build()))) {
            Driver.Answer answer = client.get("/", "accept-encoding", "gzip, deflate");
            assertThat(answer.header("content-encoding")).isEqualTo("gzip");
            assertThat(answer.header("vary")).isEqualTo("Accept-Encoding");
            assertThat(Integer.parseInt(answer.header("content-length"))).isEqualTo(answer.body().length);
            assertThat(answer.body().length).isLessThan(4000);
            assertThat(gunzip(answer.body())).isEqualTo(BIG);
        }
    }

    @Test
    void withoutGzipAcceptedTheBodyIsLeftButVaryIsSet() throws Exception {
        try (Driver client = new Driver(app().wrap(GZip.builder().build()))) {
            Driver.Answer answer = client.get("/", "accept-encoding", "identity");
            assertThat(answer.header("content-encoding")).isNull();
            assertThat(answer.header("vary")).isEqualTo("Accept-Encoding");
            assertThat(answer.text()).isEqualTo(BIG);
        }
    }

    @Test
    void smallBodiesAreLeftAlone() throws Exception {
        try (Driver client = new Driver(app().wrap(GZip.builder().build()))) {
            Driver.Answer answer = client.get("/small", "accept-encoding", "gzip");
            assertThat(answer.header("content-encoding")).isNull();
            assertThat(answer.header("vary")).isNull();
            assertThat(answer.text()).isEqualTo("OK");
        }
    }

    @Test
    void theMinimumSizeAndLevelAreSettings() throws Exception {
        try (Driver fast = new Driver(
                app().wrap(GZip.builder().minimumSize(1).compressLevel(1).build()))) {
            Driver.Answer small = fast.get("/small", "accept-encoding", "gzip");
            assertThat(small.header("content-encoding")).isEqualTo("gzip");
            assertThat(gunzip(small.body())).isEqualTo("OK");
            assertThat(gunzip(fast.get("/", "accept-encoding", "gzip").body())).isEqualTo(BIG);
        }
    }

    @Test
    void aStreamIsCompressedChunkByChunkEachChunkReadableOnArrival() throws Exception {
        try (Driver client = new Driver(app().wrap(GZip.builder().build()))) {
            Driver.Answer answer = client.get("/stream", "accept-encoding", "gzip");
            assertThat(answer.header("content-encoding")).isEqualTo("gzip");
            assertThat(answer.header("vary")).isEqualTo("Accept-Encoding");
            assertThat(answer.header("content-length")).isNull();
            assertThat(gunzip(answer.body())).isEqualTo(BIG);

            List<HttpMessage.ResponseBody> parts = answer.messages().stream()
                    .filter(HttpMessage.ResponseBody.class::isInstance)
                    .map(HttpMessage.ResponseBody.class::cast)
                    .toList();
            assertThat(parts).hasSizeGreaterThanOrEqualTo(10);
            // The first message alone (after the 10-byte gzip header) inflates to the first chunk: it was flushed.
            ByteBuffer first = parts.get(0).body().duplicate();
            byte[] bytes = new byte[first.remaining()];
            first.get(bytes);
            Inflater inflater = new Inflater(true);
            inflater.setInput(bytes, 10, bytes.length - 10);
            byte[] out = new byte[4000];
            int n = inflater.inflate(out);
            inflater.end();
            assertThat(new String(out, 0, n, StandardCharsets.UTF_8)).isEqualTo("x".repeat(400));
        }
    }

    @Test
    void encodedBodiesAndEventStreamsAreLeftAlone() throws Exception {
        try (Driver client = new Driver(app().wrap(GZip.builder().build()))) {
            Driver.Answer encoded = client.get("/encoded", "accept-encoding", "gzip");
            assertThat(encoded.header("content-encoding")).isEqualTo("text");
            assertThat(encoded.header("vary")).isNull();
            assertThat(encoded.text()).isEqualTo(BIG);

            Driver.Answer events = client.get("/events", "accept-encoding", "gzip");
            assertThat(events.header("content-encoding")).isNull();
            assertThat(events.text()).isEqualTo(BIG);
        }
    }

    @Test
    void otherScopesPassThrough() throws Exception {
        try (Driver client = new Driver(app().wrap(GZip.builder().build()))) {
            List<Message> sent = client.websocket("ws", "/");
            assertThat(sent).hasSize(1); // the app's own refusal, untouched
        }
    }
}
