package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A stop lets every accepted request finish, closes idle connections at once, and then runs shutdown hooks. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GracefulShutdownTest {

    @Test
    void acceptedRequestsFinishIdleConnectionsCloseHooksRunLast() throws Exception {
        AtomicBoolean hooksRanAfterRequests = new AtomicBoolean();
        List<String> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        WebApp app = new WebApp()
                .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true))))
                .get(
                        "/slow",
                        Endpoint.async(
                                request -> Async.sleep(Duration.ofMillis(1500)).thenApply(v -> {
                                    finished.add("slow");
                                    return Map.of("slow", true);
                                })))
                .onShutdown(state -> hooksRanAfterRequests.set(finished.size() == 10));
        GriddleServer server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(20))
                        .build());
        int port = server.port();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
                Socket idle = new Socket("127.0.0.1", port)) {
            idle.getOutputStream().write("GET /ping HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            idle.getInputStream().read(new byte[4096]); // answered; the connection now idles, kept alive

            List<Future<String>> slow = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                slow.add(clients.submit(() -> RawClient.exchange(port, "GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.inFlight() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isEqualTo(10);

            long stopStarted = System.nanoTime();
            Future<?> stopping = clients.submit(server::stop);
            idle.setSoTimeout(5000);
            InputStream in = idle.getInputStream();
            assertThat(in.read()).isEqualTo(-1); // closed at once, not after the slow requests
            assertThat((System.nanoTime() - stopStarted) / 1_000_000).isLessThan(1200);
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);

            for (Future<String> answer : slow) {
                assertThat(answer.get(20, TimeUnit.SECONDS))
                        .startsWith("HTTP/1.1 200 OK")
                        .contains("connection: close");
            }
            stopping.get(20, TimeUnit.SECONDS);
        }
        assertThat(finished).hasSize(10);
        assertThat(hooksRanAfterRequests).isTrue();
    }

    // A kept-alive client may send its next request, and a new client its first, just as the stop begins: closing
    // those connections under them would lose the requests, so each is served, with connection: close.
    @Test
    void requestsArrivingOnIdleConnectionsJustAfterTheStopBeganAreServed() throws Exception {
        WebApp app = new WebApp()
                .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true))));
        GriddleServer server = GriddleServer.start(
                app, ServerConfig.builder().port(0).loops(1).accessLog(false).build());
        int port = server.port();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
                Socket used = new Socket("127.0.0.1", port);
                Socket fresh = new Socket("127.0.0.1", port)) {
            byte[] ping = "GET /ping HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            used.getOutputStream().write(ping);
            used.getInputStream().read(new byte[4096]); // answered, and kept alive
            Thread.sleep(200); // fresh is accepted and has sent nothing: as a client that has just connected
            Future<?> stopping = clients.submit(server::stop);
            awaitRefused(port); // the stop has begun: the listener is closed
            for (Socket socket : List.of(used, fresh)) {
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(ping);
            }
            for (Socket socket : List.of(used, fresh)) {
                assertThat(RawClient.readAll(socket.getInputStream()))
                        .startsWith("HTTP/1.1 200 OK")
                        .contains("connection: close");
            }
            stopping.get(20, TimeUnit.SECONDS);
        }
    }

    // A background task runs after its response went out; a stop that begins while it runs waits for it (within
    // --timeout-graceful-shutdown), then the shutdown hooks run.
    @Test
    void aStopWaitsForBackgroundTasksStillRunning() throws Exception {
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch taskStarted = new java.util.concurrent.CountDownLatch(1);
        WebApp app = new WebApp()
                .get("/notify", Endpoint.async(request -> {
                    io.griddle.web.BackgroundTasks.of(request).add(() -> {
                        taskStarted.countDown();
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            events.add("task interrupted");
                            return;
                        }
                        events.add("task done");
                    });
                    return CompletableFuture.completedFuture(Map.of("sent", true));
                }))
                .onShutdown(state -> events.add("shutdown hooks"));
        GriddleServer server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(20))
                        .build());
        String answer =
                RawClient.exchange(server.port(), "GET /notify HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("{\"sent\":true}");
        assertThat(taskStarted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).isEmpty(); // the response is out, the task still runs
        server.stop();
        assertThat(events).containsExactly("task done", "shutdown hooks");
    }

    private static void awaitRefused(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 5000; attempt++) {
            try {
                new Socket("127.0.0.1", port).close();
            } catch (java.io.IOException refused) {
                return;
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the listener did not close within about 5 s");
    }
}
