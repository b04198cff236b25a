package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The jar as a user runs it: {@code java -jar burger-shop.jar --port 0 --loops 1}. Reads the port from the startup
 * line, calls it, makes the classic mistake, and stops it with SIGTERM.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BurgerShopJarIT {

    private static final Pattern RUNNING = Pattern.compile("Griddle running on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void theJarServesLogsTheWatchdogAndStopsGracefully() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process shop = new ProcessBuilder(
                        java,
                        "-jar",
                        System.getProperty("burgerShopJar"),
                        "--loops",
                        "1",
                        "--port",
                        "0",
                        "--host",
                        "127.0.0.1")
                .redirectErrorStream(true)
                .start();
        List<String> log = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(shop.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.add(line);
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        try (HttpClient client = HttpClient.newHttpClient()) {
            int port = awaitPort(log);
            HttpResponse<String> quick = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/quick"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(quick.statusCode()).isEqualTo(200);
            assertThat(quick.body()).isEqualTo("{\"status\":\"quick response\"}");

            HttpResponse<String> mistake = client.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/task-blocking-in-async?seconds=0.5"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(mistake.statusCode()).isEqualTo(200);
            assertThat(awaitLine(log, "by GET /task-blocking-in-async")).isTrue();
            assertThat(awaitLine(log, "at io.griddle.examples.burgershop.BurgerShop.taskBlockingInAsync"))
                    .isTrue();
        } finally {
            // SIGTERM. (Process.destroy() would also close our end of the shop's output, losing its last lines.)
            shop.toHandle().destroy();
            assertThat(shop.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
        }
        assertThat(log).anyMatch(line -> line.startsWith("INFO:     Application startup complete."));
        assertThat(log).anyMatch(line -> line.startsWith("INFO:     Finished server process"));
    }

    private static int awaitPort(List<String> log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (String line : log) {
                Matcher running = RUNNING.matcher(line);
                if (running.find()) {
                    return Integer.parseInt(running.group(1));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the shop did not start; its log: " + log);
    }

    private static boolean awaitLine(List<String> log, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (log.stream().anyMatch(line -> line.contains(text))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
