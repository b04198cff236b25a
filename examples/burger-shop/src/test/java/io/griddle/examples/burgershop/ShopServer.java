package io.griddle.examples.burgershop;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** The burger shop on a real server (loopback, a free port), a JDK HTTP client for it, and its log. */
final class ShopServer implements AutoCloseable {

    final GriddleServer server;
    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final List<Logger> watched;

    ShopServer(int blockingThreads) {
        watched = List.of(
                (Logger) LoggerFactory.getLogger("griddle"), (Logger) LoggerFactory.getLogger(BurgerShop.class));
        log.start();
        watched.forEach(logger -> logger.addAppender(log));
        server = GriddleServer.start(
                BurgerShop.app(),
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .blockingThreads(blockingThreads)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    URI uri(String target) {
        return URI.create("http://127.0.0.1:" + server.port() + target);
    }

    CompletableFuture<HttpResponse<String>> getAsync(String target) {
        return client.sendAsync(
                HttpRequest.newBuilder(uri(target))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String target) throws Exception {
        return getAsync(target).get(60, TimeUnit.SECONDS);
    }

    /** Log lines (message plus exception message) seen so far. */
    List<String> logLines() {
        synchronized (log.list) {
            return log.list.stream()
                    .map(e -> e.getFormattedMessage()
                            + (e.getThrowableProxy() == null
                                    ? ""
                                    : " | " + e.getThrowableProxy().getMessage()))
                    .toList();
        }
    }

    /** Waits until a log line contains the text; bounded. */
    boolean awaitLog(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (logLines().stream().anyMatch(line -> line.contains(text))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public void close() {
        server.stop();
        watched.forEach(logger -> logger.detachAppender(log));
        client.close();
    }
}
