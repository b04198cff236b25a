package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Response;
import io.griddle.middleware.GZip;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Over a real socket: a streamed response's first chunk reaches the client through a {@code (request, next)}
 * middleware (and through GZip) while its producer is still waiting to write the rest.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StreamingMiddlewareTest {

    private final CompletableFuture<Void> release = new CompletableFuture<>();
    private final AtomicBoolean producerEnded = new AtomicBoolean();

    private WebApp app() {
        return new WebApp()
                .get(
                        "/stream",
                        Endpoint.async(request -> CompletableFuture.completedFuture(Response.stream(
                                "text/plain",
                                out -> out.write("first-chunk")
                                        .thenCompose(v -> release)
                                        .thenCompose(v -> out.write("second-chunk"))
                                        .thenRun(() -> producerEnded.set(true))))))
                .use((request, next) -> next.handle(request).thenApply(r -> r.header("x-middleware", "seen")));
    }

    private static GriddleServer start(WebApp app) {
        return GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    // Reads until the text has arrived, or fails after 5 s.
    private static String readUntil(InputStream in, String wanted) throws Exception {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!seen.toString().contains(wanted)) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new AssertionError("the connection ended before " + wanted + ": " + seen);
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return seen.toString();
    }

    @Test
    void theFirstChunkReachesTheClientThroughMiddlewareBeforeTheProducerEnds() throws Exception {
        GriddleServer server = start(app());
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write("GET /stream HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String head = readUntil(socket.getInputStream(), "first-chunk");
            assertThat(head).startsWith("HTTP/1.1 200 OK").contains("x-middleware: seen");
            assertThat(producerEnded).isFalse();
            release.complete(null);
            assertThat(readUntil(socket.getInputStream(), "0\r\n\r\n")).contains("second-chunk");
            assertThat(producerEnded).isTrue();
        } finally {
            release.complete(null);
            server.stop();
        }
    }

    @Test
    void throughGZipTheFirstCompressedChunkArrivesBeforeTheProducerEnds() throws Exception {
        GriddleServer server = start(app().wrap(GZip.builder().minimumSize(1).build()));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write("GET /stream HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            // The gzip header's first bytes, after the chunk size line: the first chunk is out, compressed.
            String head = readUntil(socket.getInputStream(), "\u001f\u008b");
            assertThat(head).startsWith("HTTP/1.1 200 OK").contains("content-encoding: gzip");
            assertThat(producerEnded).isFalse();
            release.complete(null);
            readUntil(socket.getInputStream(), "0\r\n\r\n");
            assertThat(producerEnded).isTrue();
        } finally {
            release.complete(null);
            server.stop();
        }
    }
}
