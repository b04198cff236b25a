package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SIGTERM to a Griddle process under load: it stops accepting, and every request it accepted is answered. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SigtermTest {

    /** The child's app: each slow request says on stdout that it started, then takes 2 s. */
    public static final WebApp APP = new WebApp().get("/slow", Endpoint.async(request -> {
        System.out.println("slow request started");
        return Async.sleep(Duration.ofSeconds(2)).thenApply(v -> Map.of("slow", true));
    }));

    @Test
    void everyAcceptedRequestCompletesAfterSigterm() throws Exception {
        int requests = 20;
        try (ChildProcess child = ChildProcess.start(ChildProcess.griddle(
                        SigtermTest.class.getName() + ":APP",
                        "--port",
                        "0",
                        "--loops",
                        "2",
                        "--no-access-log",
                        "--timeout-graceful-shutdown",
                        "30"));
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Matcher running = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)")
                    .matcher(child.awaitLine("Griddle running on", Duration.ofSeconds(30)));
            assertThat(running.find()).isTrue();
            int port = Integer.parseInt(running.group(1));

            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> RawClient.exchange(port, "GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (child.count("slow request started") < requests && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(child.count("slow request started")).isEqualTo(requests);

            child.terminate();
            child.awaitLine("Shutting down", Duration.ofSeconds(10));
            // The listener is closed before the stop waits for requests: no new connection gets in.
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS))
                        .startsWith("HTTP/1.1 200 OK")
                        .contains("connection: close")
                        .endsWith("{\"slow\":true}");
            }
            assertThat(child.awaitExit(Duration.ofSeconds(30)))
                    .as(child.output())
                    .isTrue();
            assertThat(child.output())
                    .contains("Application shutdown complete.", "Finished server process")
                    .doesNotContain("Cancelling");
        }
    }
}
