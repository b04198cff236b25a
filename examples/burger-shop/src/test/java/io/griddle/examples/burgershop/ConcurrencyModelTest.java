package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The concurrency model, end to end on a real server with one event loop: async waits share the loop, blocking
 * handlers leave it alone, blocking inside an async handler stalls it and is named by the watchdog. Margins are
 * wide, for a loaded 2-core machine; the contrasts they check are large (milliseconds against seconds).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyModelTest {

    private static final String DONE = "{\"status\":\"long_running task completed\"}";

    private static long millisFor(ShopServer shop, String target) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = shop.get(target);
        assertThat(response.statusCode()).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void quickAnswersAtOnceWhileAnAsyncTaskWaits() throws Exception {
        try (ShopServer shop = new ShopServer(0)) {
            shop.get("/quick"); // warm up the connection path
            CompletableFuture<HttpResponse<String>> task = shop.getAsync("/task?seconds=2");
            Thread.sleep(300);
            long quick = millisFor(shop, "/quick");
            assertThat(task).isNotDone();
            assertThat(quick).isLessThan(1000);
            assertThat(task.get(10, TimeUnit.SECONDS).body()).isEqualTo(DONE);
        }
    }

    @Test
    void quickAnswersAtOnceWhileABlockingHandlerSleeps() throws Exception {
        try (ShopServer shop = new ShopServer(0)) {
            shop.get("/quick");
            CompletableFuture<HttpResponse<String>> task = shop.getAsync("/task-threadpool?seconds=2");
            Thread.sleep(300);
            long quick = millisFor(shop, "/quick");
            assertThat(task).isNotDone();
            assertThat(quick).isLessThan(1000);
            assertThat(task.get(10, TimeUnit.SECONDS).body()).isEqualTo(DONE);
        }
    }

    @Test
    void blockingInAnAsyncHandlerStallsTheLoopAndTheWatchdogNamesTheRoute() throws Exception {
        try (ShopServer shop = new ShopServer(0)) {
            shop.get("/quick");
            CompletableFuture<HttpResponse<String>> task = shop.getAsync("/task-blocking-in-async?seconds=2");
            Thread.sleep(300);
            long quick = millisFor(shop, "/quick");
            assertThat(quick).isGreaterThanOrEqualTo(1200); // waited for the loop: about 1.7 s of the 2 s
            assertThat(task.get(10, TimeUnit.SECONDS).body()).isEqualTo(DONE);
            assertThat(shop.awaitLog("by GET /task-blocking-in-async", Duration.ofSeconds(5)))
                    .isTrue();
            assertThat(shop.logLines())
                    .filteredOn(line -> line.contains("blocked for"))
                    .hasSize(1)
                    .allMatch(line -> line.contains("limit 100 ms"));
        }
    }

    @Test
    void aHundredAsyncWaitsShareOneLoopAndFinishTogether() throws Exception {
        try (ShopServer shop = new ShopServer(0)) {
            long elapsed = concurrently(shop, "/task?seconds=1", 100);
            assertThat(elapsed).isBetween(1000L, 5000L); // about 1 s, not 100 s
        }
    }

    @Test
    void aHundredBlockingCallsOnVirtualThreadsFinishTogether() throws Exception {
        try (ShopServer shop = new ShopServer(0)) {
            long elapsed = concurrently(shop, "/task-threadpool?seconds=1", 100);
            assertThat(elapsed).isBetween(1000L, 2500L); // about 1 s
        }
    }

    @Test
    void aHundredBlockingCallsOnFortyThreadsRunInThreeWaves() throws Exception {
        try (ShopServer shop = new ShopServer(40)) {
            long elapsed = concurrently(shop, "/task-threadpool?seconds=1", 100);
            assertThat(elapsed).isBetween(2900L, 8000L); // 40 + 40 + 20: about 3 s
        }
    }

    private static long concurrently(ShopServer shop, String target, int count) throws Exception {
        shop.get("/quick");
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(shop.getAsync(target));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(DONE);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aClientThatLeavesCancelsItsAsyncTask() throws Exception {
        try (ShopServer shop = new ShopServer(0)) {
            leaveDuring(shop, "/task?seconds=20");
            assertThat(shop.awaitLog("task cancelled after", Duration.ofSeconds(10)))
                    .isTrue();
            assertThat(shop.server.inFlight()).isZero();
            assertThat(shop.get("/quick").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatLeavesInterruptsItsBlockingHandler() throws Exception {
        ch.qos.logback.classic.Logger shopLog =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(BurgerShop.class);
        ch.qos.logback.classic.Level level = shopLog.getLevel();
        shopLog.setLevel(ch.qos.logback.classic.Level.DEBUG); // to see the handler start on its thread
        try (ShopServer shop = new ShopServer(0)) {
            // The request counts in flight as soon as it starts, before its handler runs on its thread; a client
            // that leaves in between cancels a handler that never ran. Leave once it is sleeping.
            leaveDuring(shop, "/task-threadpool?seconds=20", "task-threadpool sleeping");
            assertThat(shop.awaitLog("task-threadpool interrupted", Duration.ofSeconds(10)))
                    .isTrue();
        } finally {
            shopLog.setLevel(level);
        }
    }

    private static void leaveDuring(ShopServer shop, String target) throws Exception {
        leaveDuring(shop, target, null);
    }

    /** Sends the request and closes the connection once it is in flight (and, if given, once the log shows that). */
    private static void leaveDuring(ShopServer shop, String target, String started) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", shop.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (shop.server.inFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(shop.server.inFlight()).isEqualTo(1);
            if (started != null) {
                assertThat(shop.awaitLog(started, Duration.ofSeconds(10))).isTrue();
            }
        } // closing the socket is the disconnect
    }
}
