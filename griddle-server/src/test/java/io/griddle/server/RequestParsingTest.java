package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.concurrent.Async;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The request-parsing rules of docs/security.md, each shown with the exact bytes of a hostile request sent over a
 * real socket, one fresh connection per request. A refused request gets one 400 and the connection closes; no
 * request ever gets two final answers; whatever hid behind a refused request is never answered.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RequestParsingTest {

    /** A request that must never be answered when it was smuggled behind another. */
    private static final String SM = "GET /burgers/3 HTTP/1.1\r\nHost: x\r\n\r\n";

    private static final WebApp APP = new WebApp()
            .get("/quick", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("status", "quick"))))
            .get(
                    "/later",
                    Endpoint.async(
                            request -> Async.sleep(Duration.ofMillis(300)).thenApply(v -> "later")))
            .get(
                    "/burgers/{id}",
                    Endpoint.async(request -> CompletableFuture.completedFuture(
                            Map.of("smuggled", request.pathParams().get("id")))))
            .get("/items/", Endpoint.async(request -> CompletableFuture.completedFuture(List.of())))
            .route(
                    Set.of("POST"),
                    "/echo",
                    Endpoint.async(request ->
                            request.body().thenApply(bytes -> Response.bytes(bytes, "application/octet-stream"))));

    private static GriddleServer server;

    @BeforeAll
    static void start() {
        server = GriddleServer.start(
                APP,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(true)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What came back on one connection, and whether the server closed it (rather than staying silent 2 s). */
    private record Answer(String text, boolean closed) {
        List<String> statusLines() {
            List<String> lines = new ArrayList<>();
            Matcher m = Pattern.compile("HTTP/1\\.1 \\d{3}[^\r\n]*").matcher(text);
            while (m.find()) {
                lines.add(m.group());
            }
            return lines;
        }

        /** Exactly one final answer, with this status, and the connection closed after it. */
        void isOnly(int status) {
            assertThat(statusLines()).as(text).hasSize(1);
            assertThat(statusLines().get(0)).as(text).startsWith("HTTP/1.1 " + status + " ");
            assertThat(closed).as("closed after: " + text).isTrue();
            assertThat(text).doesNotContain("smuggled");
        }
    }

    private static Answer send(String raw) throws Exception {
        return send(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer send(byte[] raw) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(raw);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            boolean closed = false;
            try {
                for (int n; ; ) {
                    n = in.read(buffer);
                    if (n < 0) {
                        closed = true;
                        break;
                    }
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException silence) {
                // still open
            } catch (java.net.SocketException reset) {
                closed = true;
            }
            return new Answer(received.toString(StandardCharsets.ISO_8859_1), closed);
        }
    }

    private static void stillServes() throws Exception {
        Answer answer = send("GET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer.text()).startsWith("HTTP/1.1 200 OK").endsWith("{\"status\":\"quick\"}");
    }

    // ---- 1. Content-Length repeated, on every version; versions other than HTTP/1.0 and HTTP/1.1

    @Test
    void twoDifferentLengthsOnHttp10AreRefusedAndTheHiddenRequestIsNeverAnswered() throws Exception {
        Answer answer = send("GET /quick HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 0\r\n"
                + "Content-Length: 36\r\n\r\n" + SM);
        answer.isOnly(400);
        assertThat(answer.text()).endsWith("Multiple Content-Length headers");
        stillServes();
    }

    @Test
    void theSameOnAVersionClaimingHttp09IsRefused() throws Exception {
        send("GET /quick HTTP/0.9\r\nContent-Length: 0\r\nContent-Length: 36\r\n\r\n" + SM)
                .isOnly(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.1\r\nHost: x", "HTTP/1.0"})
    void twoLengthsAreRefusedOnEitherVersionEvenWhenEqual(String versionAndHost) throws Exception {
        send("POST /echo " + versionAndHost + "\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
                .isOnly(400);
        send("POST /echo " + versionAndHost + "\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello")
                .isOnly(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HTTP/0.9",
                "http/1.1",
                "HTTP/2.0",
                "HTTP/1.2",
                "HTTP/1.10",
                "HTTP/11",
                "HTTP/1.1.",
                "HTTPS/1.1",
                "HTTP/1",
                "Http/1.1"
            })
    void onlyHttp10AndHttp11AreServedOnThisPath(String version) throws Exception {
        send("GET /quick " + version + "\r\nHost: x\r\n\r\n" + SM).isOnly(400);
    }

    @Test
    void aLengthListAndTransferCodingsThatDoNotEndInChunkedAreRefused() throws Exception {
        send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\nhello" + SM)
                .isOnly(400);
        send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello" + SM)
                .isOnly(400);
        send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nhello" + SM)
                .isOnly(400);
        send("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n" + SM)
                .isOnly(400);
    }

    @Test
    void anEmptyLineBeforeTheRequestLineIsSkipped() throws Exception {
        assertThat(send("\r\nGET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .text())
                .startsWith("HTTP/1.1 200 OK");
    }

    @Test
    void aPlainHttp10RequestWithOneLengthIsServed() throws Exception {
        Answer answer = send("POST /echo HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello");
        assertThat(answer.text()).startsWith("HTTP/1.1 200 OK").endsWith("hello");
        assertThat(answer.closed()).isTrue();
    }

    // ---- 2. One final answer per request, whatever its chunked body turns out to be

    /** The bodies that break chunked framing; each was answered twice before. */
    private static final String[] BAD_CHUNKED = {
        "5\r\nhelloXX\r\n0\r\n\r\n", // data longer than its size
        "0x5\r\nhello\r\n0\r\n\r\n", // a hexadecimal prefix
        "-5\r\nhello\r\n0\r\n\r\n", // negative
        " 5\r\nhello\r\n0\r\n\r\n", // leading space
        "100000005\r\nhello\r\n0\r\n\r\n", // overflows
        "FFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n", // overflows further
        "5\r\nhello0\r\n\r\n", // the final CRLF of the data missing
        "5\r\nhello\r\n0\r\nbad trailer\r\n\r\n", // a trailer that is no field
        "G\r\nhello\r\n0\r\n\r\n", // not hexadecimal
        "5;\u0000ext\r\nhello\r\n0\r\n\r\n", // a NUL in a chunk extension
        "5\nhello\r\n0\r\n\r\n", // a bare LF after the size
    };

    @Test
    void aMalformedChunkedBodyAfterTheAnswerClosesTheConnectionWithoutASecondAnswer() throws Exception {
        for (String body : BAD_CHUNKED) {
            Answer answer = send("GET /quick HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body + SM);
            assertThat(answer.statusLines()).as(body).hasSize(1);
            if (answer.statusLines().size() == 1 && answer.statusLines().get(0).startsWith("HTTP/1.1 200")) {
                assertThat(answer.closed()).as("closed after " + body).isTrue(); // answered before the body broke
                assertThat(answer.text()).doesNotContain("smuggled");
            } else {
                answer.isOnly(400); // the decoder saw the bad chunk in the same read: refused outright
            }
        }
        stillServes();
    }

    @Test
    void aMalformedChunkedBodyBeforeTheAnswerGetsOne400() throws Exception {
        for (String body : BAD_CHUNKED) {
            assertThat(send("GET /later HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body + SM)
                            .statusLines())
                    .as(body)
                    .hasSize(1);
            send("GET /later HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body + SM)
                    .isOnly(400);
            send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body + SM)
                    .isOnly(400);
        }
        stillServes();
    }

    @Test
    void aPipelinedRequestWithAMalformedBodyEndsTheConnectionAfterTheRequestBeforeIt() throws Exception {
        Answer answer = send("GET /later HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n" + SM);
        answer.isOnly(200);
        assertThat(answer.text()).contains("connection: close").endsWith("\"later\"");
    }

    @Test
    void aChunkedTrailerFramesNothing() throws Exception {
        // A Content-Length among the trailers does not make the bytes after the body a body: they are the next
        // request, here a method "SMUGGGET" that no route has.
        Answer answer = send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n0\r\nContent-Length: 5\r\n\r\nSMUGG"
                + SM.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"));
        assertThat(answer.statusLines()).containsExactly("HTTP/1.1 200 OK", "HTTP/1.1 405 Method Not Allowed");
        assertThat(answer.text()).doesNotContain("smuggled");
    }

    @Test
    void aWellFormedChunkedBodyStillKeepsTheConnection() throws Exception {
        Answer answer = send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
                + "GET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer.statusLines()).hasSize(2);
        assertThat(answer.text()).contains("hello world").endsWith("{\"status\":\"quick\"}");
    }

    // ---- 3. Exactly one SP between method, target and version

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /quick\u000b HTTP/1.1",
                "GET\u000b/quick\u000bHTTP/1.1",
                "GET /quick\u000c HTTP/1.1",
                "GET\u000c/quick HTTP/1.1",
                "GET\t/quick HTTP/1.1",
                "GET /quick\tHTTP/1.1",
                " GET /quick HTTP/1.1",
                "\tGET /quick HTTP/1.1",
                "GET  /quick HTTP/1.1",
                "GET /quick  HTTP/1.1",
                "GET /quick\r HTTP/1.1",
                "GET /quick",
                "GET",
                "GET /quick HTTP/1.1 extra",
                "G(T /quick HTTP/1.1",
                "/quick HTTP/1.1"
            })
    void aRequestLineWithOtherSeparatorsIsRefused(String line) throws Exception {
        send(line + "\r\nHost: x\r\n\r\n" + SM).isOnly(400);
    }

    // ---- 4. Control bytes and non-ASCII in the target; escaped log lines

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x1b, 0x7f, 0x80, 0xc3, 0xff})
    void aTargetWithAControlOrNonAsciiByteIsRefused(int bad) throws Exception {
        byte[] head = "GET /x_ HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        head[6] = (byte) bad;
        send(head).isOnly(400);
    }

    @Test
    void rawUtf8AndInvalidUtf8InTheTargetAreRefused() throws Exception {
        send("GET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: x\r\n\r\n").isOnly(400); // é as raw UTF-8 bytes
        send("GET /x\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n").isOnly(400);
    }

    @Test
    void terminalEscapesNeverReachTheLog() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger access = (Logger) LoggerFactory.getLogger("griddle.access");
        log.start();
        access.addAppender(log);
        try {
            send("GET /x\u001b[2J\u001b[31mFAKE\u001b[0m HTTP/1.1\r\nHost: x\r\n\r\n")
                    .isOnly(400);
            // Percent-escaped, the same bytes are a valid target: served (404), and logged escaped
            Answer escaped = send("GET /x%1b[2J%1b[31mFAKE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(escaped.text()).startsWith("HTTP/1.1 404");
            // The lines are written off the loop, a few milliseconds later: wait for both (at most 5 s).
            for (int i = 0; i < 500 && log.list.size() < 2; i++) {
                Thread.sleep(10);
            }
            List<String> lines =
                    log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"-\" 400 "));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"GET /x%1b[2J%1b[31mFAKE HTTP/1.1\" 404"));
            assertThat(lines).allSatisfy(line -> assertThat(line.chars()).noneMatch(c -> c < 0x20 || c == 0x7f));
        } finally {
            access.detachAppender(log);
        }
    }

    // ---- 5. Host: required on HTTP/1.1, once, and a host with an optional port

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Host: evil.example/x?",
                "Host: good.example@evil.example",
                "Host: evil.example#x",
                "Host: a b",
                "Host: evil.example\\x",
                "Host: [::1",
                "Host: [zz]",
                "Host: x:80a",
                "Host: x:123456",
                "Host: x\"y",
                "Host: x\r\nHost: y",
                "Host: x\r\nHost: x",
                "Host: http://evil.example",
                "X-No-Host: x"
            })
    void aMissingDoubledOrInvalidHostIsRefused(String hostLines) throws Exception {
        Answer answer = send("GET /items HTTP/1.1\r\n" + hostLines + "\r\n\r\n" + SM);
        answer.isOnly(400);
        assertThat(answer.text()).doesNotContain("location:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "good.example",
                "good.example:8080",
                "127.0.0.1:8000",
                "[::1]:8000",
                "[::1]",
                "xn--bcher-kva.example",
                "a-b.c_d~e",
                "x:"
            })
    void aValidHostIsServedAndUsedForTheSlashRedirect(String host) throws Exception {
        Answer answer = send("GET /items?q=1 HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.text()).startsWith("HTTP/1.1 307 ").contains("location: http://" + host + "/items/?q=1\r\n");
    }

    @Test
    void anHttp10RequestMayGoWithoutHost() throws Exception {
        assertThat(send("GET /quick HTTP/1.0\r\n\r\n").text()).startsWith("HTTP/1.1 200 OK");
    }

    // ---- What the probe found right, kept

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Transfer-Encoding: chunked",
                "Transfer-Encoding:  chunked",
                "Transfer-Encoding: Chunked",
                "Transfer-Encoding: chunked, chunked",
                "Transfer-Encoding: gzip, chunked",
                "Transfer-Encoding:\tchunked",
                "Transfer-Encoding: xchunked",
                "Transfer-Encoding : chunked",
                "Transfer-Encoding: chunked\r\nX: y"
            })
    void contentLengthWithTransferEncodingIsRefused(String te) throws Exception {
        send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n" + te + "\r\n\r\n5\r\nhello\r\n0\r\n\r\n" + SM)
                .isOnly(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /quick HTTP/1.1\nHost: x\n\n",
                "GET /quick HTTP/1.1\r\nHost: x\n\r\n",
                "GET /quick HTTP/1.1\rHost: x\r\n\r\n",
                "GET /quick HTTP/1.1\r\n X-A: a\r\nHost: x\r\n\r\n",
                "GET /quick HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n",
                "GET /quick HTTP/1.1\r\nHost: x\r\nX A: a\r\n\r\n",
                "GET /quick HTTP/1.1\r\nHost : x\r\n\r\n"
            })
    void bareLineFeedsCarriageReturnsALeadingFoldAndBadFieldsAreRefused(String raw) throws Exception {
        send(raw + SM).isOnly(400);
    }

    @Test
    void aRequestLineOverTheLimitGets414AndHeadersOverTheirsGet431() throws Exception {
        String atLimit = "GET /quick?p=" + "x".repeat(8192 - "GET /quick?p= HTTP/1.1".length()) + " HTTP/1.1";
        assertThat(atLimit).hasSize(8192);
        assertThat(send(atLimit + "\r\nHost: x\r\nConnection: close\r\n\r\n").text())
                .startsWith("HTTP/1.1 200 ");
        send("GET /quick?p=x" + atLimit.substring(13) + "\r\nHost: x\r\n\r\n").isOnly(414);
        send("GET /quick HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(16 * 1024) + "\r\n\r\n")
                .isOnly(431);
    }

    @Test
    void twoHundredIdleConnectionsDoNotStopTheLoopServing() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                idle.add(new Socket("127.0.0.1", server.port()));
            }
            for (int i = 0; i < 20; i++) {
                stillServes();
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }
}
