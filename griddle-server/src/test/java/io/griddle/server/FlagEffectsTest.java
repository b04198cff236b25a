package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.concurrent.Async;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * What the server flags do, for those whose effect no other test shows: {@code --host --loops --blocking-threads
 * --slow-callback-ms --backlog --max-header-size --max-request-line --timeout-graceful-shutdown
 * --limit-max-requests-jitter --no-access-log}. Each runs on a server configured as the flag would.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FlagEffectsTest {

    private static final AtomicInteger running = new AtomicInteger();
    private static final AtomicInteger mostAtOnce = new AtomicInteger();

    private static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true))))
            .get(
                    "/loop",
                    Endpoint.async(request -> CompletableFuture.completedFuture(
                            Thread.currentThread().getName())))
            .get("/blocking", Endpoint.blocking(request -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(500);
                } finally {
                    running.decrementAndGet();
                }
                Thread thread = Thread.currentThread();
                return Map.of("virtual", thread.isVirtual(), "name", thread.getName());
            }))
            .get("/spin", Endpoint.async(request -> {
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // holds the loop, as a blocking call in an async handler would
                }
                return CompletableFuture.completedFuture("spun");
            }))
            .get(
                    "/stuck",
                    Endpoint.async(
                            request -> Async.sleep(Duration.ofSeconds(30)).thenApply(v -> "late")));

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder().port(0).loops(1).gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private static String get(String host, int port, String path) throws Exception {
        return RawClient.exchangeWith(host, port, "GET " + path + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    private static ListAppender<ILoggingEvent> capture(String logger) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(logger)).addAppender(appender);
        return appender;
    }

    private static void release(String logger, ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(logger)).detachAppender(appender);
    }

    @Test
    void hostIsTheOnlyAddressListenedOn() throws Exception {
        // All of 127.0.0.0/8 is the loopback on Linux: a server on 127.0.0.2 is not on 127.0.0.1.
        try (java.net.ServerSocket probe =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.2"))) {
            assumeTrue(probe.isBound());
        } catch (java.io.IOException notLoopback) {
            assumeTrue(false, "127.0.0.2 is not a local address here");
        }
        try (GriddleServer server = start(b -> b.host("127.0.0.2"))) {
            assertThat(get("127.0.0.2", server.port(), "/ping")).startsWith("HTTP/1.1 200 OK");
            assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close())
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void loopsSpreadConnectionsOverThatManyThreads() throws Exception {
        try (GriddleServer server = start(b -> b.loops(2))) {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 4; i++) {
                threads.add(body(get("127.0.0.1", server.port(), "/loop")));
            }
            assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("\"griddle-loop-"));
        }
        try (GriddleServer server = start(b -> b.loops(1))) {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 4; i++) {
                threads.add(body(get("127.0.0.1", server.port(), "/loop")));
            }
            assertThat(threads).hasSize(1);
        }
    }

    @Test
    void blockingThreadsBoundTheBlockingHandlersRunningAtOnce() throws Exception {
        List<String> pooled = blockingCalls(2);
        assertThat(pooled)
                .allMatch(answer ->
                        answer.contains("\"virtual\":false") && answer.contains("\"name\":\"griddle-blocking-"));
        assertThat(mostAtOnce.get()).isEqualTo(2); // 6 calls, 2 threads: the others waited

        List<String> virtual = blockingCalls(0);
        assertThat(virtual).allMatch(answer -> answer.contains("\"virtual\":true"));
        assertThat(mostAtOnce.get()).isGreaterThan(2); // a thread per call
    }

    // Six blocking calls at once; answers their bodies, and leaves the most seen running together in mostAtOnce.
    private static List<String> blockingCalls(int blockingThreads) throws Exception {
        mostAtOnce.set(0);
        try (GriddleServer server = start(b -> b.blockingThreads(blockingThreads));
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(clients.submit(() -> body(get("127.0.0.1", server.port(), "/blocking"))));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> call : calls) {
                answers.add(call.get(30, TimeUnit.SECONDS));
            }
            return answers;
        }
    }

    @Test
    void slowCallbackMsIsWhenAHeldLoopIsReportedWithItsRoute() throws Exception {
        ListAppender<ILoggingEvent> watchdog = capture("griddle.watchdog");
        try (GriddleServer server = start(b -> b.slowCallback(Duration.ofMillis(50)))) {
            assertThat(get("127.0.0.1", server.port(), "/spin")).startsWith("HTTP/1.1 200 OK");
        } finally {
            release("griddle.watchdog", watchdog);
        }
        assertThat(watchdog.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("/spin"));

        ListAppender<ILoggingEvent> quiet = capture("griddle.watchdog");
        try (GriddleServer server = start(b -> b.slowCallback(Duration.ofSeconds(5)))) {
            assertThat(get("127.0.0.1", server.port(), "/spin")).startsWith("HTTP/1.1 200 OK");
        } finally {
            release("griddle.watchdog", quiet);
        }
        assertThat(quiet.list).isEmpty();
    }

    @Test
    void backlogIsTheListeningSocketsQueue() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ss")), "ss is not installed");
        try (GriddleServer server = start(b -> b.backlog(37))) {
            // For a listening socket, ss shows the backlog in the Send-Q column.
            Process ss = new ProcessBuilder("/usr/bin/ss", "-Hltn", "sport = :" + server.port())
                    .redirectErrorStream(true)
                    .start();
            String line = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(ss.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Matcher columns = Pattern.compile("LISTEN\\s+\\d+\\s+(\\d+)\\s").matcher(line);
            assertThat(columns.find()).as(line).isTrue();
            assertThat(columns.group(1)).isEqualTo("37");
        }
    }

    @Test
    void maxHeaderSizeAndMaxRequestLineAreAnswered431And414() throws Exception {
        try (GriddleServer server = start(b -> b.maxHeaderSize(1024).maxRequestLine(128))) {
            int port = server.port();
            assertThat(RawClient.exchange(
                            port,
                            "GET /ping HTTP/1.1\r\nHost: t\r\nX-Big: " + "a".repeat(600)
                                    + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200 OK");
            assertThat(RawClient.exchange(
                            port, "GET /ping HTTP/1.1\r\nHost: t\r\nX-Big: " + "a".repeat(2000) + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 431 ")
                    .endsWith("Request header fields too large");
            assertThat(RawClient.exchange(port, "GET /ping?q=" + "b".repeat(200) + " HTTP/1.1\r\nHost: t\r\n\r\n"))
                    .startsWith("HTTP/1.1 414 ")
                    .endsWith("Request line too long");
            assertThat(get("127.0.0.1", port, "/ping")).startsWith("HTTP/1.1 200 OK"); // the loop serves on
        }
    }

    @Test
    void timeoutGracefulShutdownCancelsWhatIsStillRunning() throws Exception {
        ListAppender<ILoggingEvent> serverLog = capture("griddle.server");
        GriddleServer server = start(b -> b.gracefulShutdown(Duration.ofMillis(300)));
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> stuck =
                    clients.submit(() -> RawClient.exchange(server.port(), "GET /stuck HTTP/1.1\r\nHost: t\r\n\r\n"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.inFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isEqualTo(1);
            long started = System.nanoTime();
            server.stop();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).isBetween(250L, 15_000L); // waited for the timeout, not for the 30 s handler
            assertThat(stuck.get(10, TimeUnit.SECONDS)).isEmpty(); // its connection was closed unanswered
        } finally {
            release("griddle.server", serverLog);
        }
        assertThat(serverLog.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("Cancelling 1 request(s) still running after 300 ms");
    }

    @Test
    void limitMaxRequestsJitterAddsUpToThatManyRequests() throws Exception {
        ListAppender<ILoggingEvent> serverLog = capture("griddle.server");
        GriddleServer server = start(b -> b.limitMaxRequests(2, 3));
        int served = 0;
        try {
            for (int i = 0; i < 6 && served < 5; i++) {
                if (!get("127.0.0.1", server.port(), "/ping").startsWith("HTTP/1.1 200 OK")) {
                    break;
                }
                served++;
                if (serverLog.list.stream()
                        .anyMatch(event -> event.getFormattedMessage().startsWith("Maximum request"))) {
                    break;
                }
            }
            server.awaitStop();
        } finally {
            release("griddle.server", serverLog);
        }
        String limit = serverLog.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("Maximum request limit of "))
                .findFirst()
                .orElseThrow();
        int reached = Integer.parseInt(limit.replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(reached).isBetween(2, 5).isEqualTo(served);
    }

    @Test
    void noAccessLogMeansNoLinePerRequest() throws Exception {
        ListAppender<ILoggingEvent> access = capture("griddle.access");
        try (GriddleServer server = start(b -> b.accessLog(false))) {
            assertThat(get("127.0.0.1", server.port(), "/ping")).startsWith("HTTP/1.1 200 OK");
        } finally {
            release("griddle.access", access);
        }
        assertThat(access.list).isEmpty();
    }
}
