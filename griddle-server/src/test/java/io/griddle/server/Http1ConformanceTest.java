package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP/1.1 as the wire sees it: malformed and over-long input gets a clear status and never takes the loop down
 * (after each case, the same single loop still serves), pipelined requests are answered in order, HEAD answers
 * with headers only. Requests go over raw sockets so that they can be as malformed as needed. The app has the
 * routes and answers of a small burger shop.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Http1ConformanceTest {

    /** A status reply. */
    public record Status(String status) {}

    /** A burger. */
    public record Burger(int number, String name, double cookedSeconds) {}

    private static final String[] MENU = {"classic", "cheese", "bacon", "veggie", "double"};

    private static GriddleServer server;

    @BeforeAll
    static void start() {
        WebApp app = new WebApp()
                .get(
                        "/quick",
                        Endpoint.async(request -> CompletableFuture.completedFuture(new Status("quick response"))))
                .get("/burgers/{number:int}", Endpoint.blocking(request -> {
                    int number = (Integer) request.pathParams().get("number");
                    return new Burger(number, MENU[number - 1], 0);
                }))
                .get(
                        "/burgers",
                        Endpoint.async(
                                request -> { // cooks one burger, for as long as asked
                                    double seconds = Double.parseDouble(request.queryParam("seconds"));
                                    return Async.sleep(Duration.ofMillis((long) (seconds * 1000)))
                                            .thenApply(v -> List.of(new Burger(1, MENU[0], seconds)));
                                }));
        server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Sends raw bytes, reads until the server closes or 3 s of silence. */
    private static String exchange(String raw) throws Exception {
        return RawClient.exchange(server.port(), raw);
    }

    private static void loopStillServes() throws Exception {
        assertThat(exchange("GET /quick HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 OK")
                .endsWith("{\"status\":\"quick response\"}");
    }

    @Test
    void aMalformedRequestLineGets400() throws Exception {
        String answer = exchange("THIS IS NOT HTTP\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400 Bad Request").contains("connection: close");
        loopStillServes();
    }

    @Test
    void anOverlongRequestLineGets414() throws Exception {
        String answer = exchange("GET /quick?pad=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: t\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 414 ");
        loopStillServes();
    }

    @Test
    void overlargeHeadersGet431() throws Exception {
        String answer = exchange("GET /quick HTTP/1.1\r\nHost: t\r\nX-Big: " + "y".repeat(40_000) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431 ");
        loopStillServes();
    }

    @Test
    void aBadPercentEscapeGets400() throws Exception {
        assertThat(exchange("GET /burgers/%zz HTTP/1.1\r\nHost: t\r\n\r\n")).startsWith("HTTP/1.1 400 ");
        loopStillServes();
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        String answer = exchange("GET /burgers/1 HTTP/1.1\r\nHost: t\r\n\r\n"
                + "GET /burgers?number=1&seconds=0.2 HTTP/1.1\r\nHost: t\r\n\r\n"
                + "GET /burgers/3 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        int first = answer.indexOf("\"classic\"");
        int second = answer.indexOf("\"cookedSeconds\":0.2");
        int third = answer.indexOf("\"bacon\"");
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(answer.split("HTTP/1.1 200 OK", -1)).hasSize(4);
    }

    @Test
    void aChunkedRequestBodyToARouteThatIgnoresItKeepsTheConnectionUsable() throws Exception {
        String answer = exchange("GET /burgers/1 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n0\r\n\r\n"
                + "GET /burgers/2 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer).contains("\"classic\"").contains("\"cheese\"");
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        String answer = exchange("HEAD /quick HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 200 OK")
                .contains("content-length: 27")
                .endsWith("\r\n\r\n");
    }
}
