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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final Pattern ACCESS_LINE =
            Pattern.compile("INFO: {5}127\\.0\\.0\\.1:\\d+ - \"GET /quick HTTP/1\\.1\" 200 \\d+\\.\\d\\dms");

    /** The shop's jar started as a user starts it, with JVM options before {@code -jar} and an environment. */
    private static Process startShop(List<String> jvmOptions, Map<String, String> environment, List<String> log)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", System.getProperty("burgerShopJar"), "--loops", "1", "--port", "0", "--host", "127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("GRIDDLE_JVM_DEFAULTS");
        builder.environment().putAll(environment);
        Process shop = builder.start();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(shop.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.add(line);
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        return shop;
    }

    @Test
    void theJarServesLogsTheWatchdogAndStopsGracefully() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        Process shop = startShop(List.of(), Map.of(), log);
        long pid = shop.pid();
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
            awaitLine(log, "Finished server process");
        }
        assertThat(log).anyMatch(line -> line.startsWith("INFO:     Application startup complete."));
        assertThat(log).anyMatch(line -> line.startsWith("INFO:     Finished server process"));
        // The access line of GET /quick, written off the loop in a batch, is there after the graceful stop.
        assertThat(log).anyMatch(line -> ACCESS_LINE.matcher(line).matches());
        // No memory setting of the user's: the launcher chose them, in this same process (the pid we started).
        assertThat(log)
                .anyMatch(line -> line.startsWith(
                        "INFO:     JVM memory: -XX:+UseSerialGC -Xms32m -Xmx64m -XX:MaxDirectMemorySize=128m"));
        assertThat(log).anyMatch(line -> line.contains("Started server process [" + pid + "]"));
    }

    @Test
    void theUsersOwnHeapWinsAndIsLogged() throws Exception {
        List<String> onTheCommandLine = new CopyOnWriteArrayList<>();
        List<String> inTheEnvironment = new CopyOnWriteArrayList<>();
        Process first = startShop(List.of("-Xmx100m"), Map.of(), onTheCommandLine);
        Process second = startShop(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx120m"), inTheEnvironment);
        try {
            awaitPort(onTheCommandLine);
            awaitPort(inTheEnvironment);
        } finally {
            first.toHandle().destroy();
            second.toHandle().destroy();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(heapLine(onTheCommandLine)).contains("the command line's own -Xmx100m");
        assertThat(maxHeapMiB(heapLine(onTheCommandLine))).isBetween(80, 100);
        assertThat(heapLine(inTheEnvironment)).contains("JAVA_TOOL_OPTIONS is set (-Xmx120m)");
        assertThat(maxHeapMiB(heapLine(inTheEnvironment))).isBetween(100, 120);
    }

    private static String heapLine(List<String> log) {
        return log.stream()
                .filter(line -> line.startsWith("INFO:     JVM memory: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JVM memory line in " + log));
    }

    private static int maxHeapMiB(String line) {
        Matcher heap = Pattern.compile("heap at most (\\d+) MiB").matcher(line);
        assertThat(heap.find()).as(line).isTrue();
        return Integer.parseInt(heap.group(1));
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
