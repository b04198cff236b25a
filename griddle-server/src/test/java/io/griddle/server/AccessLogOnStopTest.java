package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The access log is written off the loops, in batches: every request still has its line, in the order served, by
 * the time a graceful stop returns.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AccessLogOnStopTest {

    private static final WebApp APP =
            new WebApp().get("/n/{i}", Endpoint.async(request -> CompletableFuture.completedFuture("ok")));

    @Test
    void everyRequestsLineIsWrittenInOrderBeforeTheStopReturns() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger access = (Logger) LoggerFactory.getLogger("griddle.access");
        log.start();
        access.addAppender(log);
        int requests = 300;
        try {
            GriddleServer server = GriddleServer.start(
                    APP,
                    ServerConfig.builder()
                            .port(0)
                            .loops(1)
                            .accessLog(true)
                            .gracefulShutdown(Duration.ofSeconds(1))
                            .build());
            try (HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                for (int i = 0; i < requests; i++) {
                    HttpResponse<String> answer = client.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/n/" + i))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.statusCode()).isEqualTo(200);
                }
            } finally {
                server.stop();
            }
        } finally {
            access.detachAppender(log);
        }
        List<String> lines = log.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains("/n/"))
                .toList();
        assertThat(lines).hasSize(requests);
        List<String> targets = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).matches("127\\.0\\.0\\.1:\\d+ - \"GET /n/\\d+ HTTP/1\\.1\" 200 \\d+\\.\\d\\dms");
            targets.add(line.substring(line.indexOf("/n/"), line.indexOf(" HTTP/")));
        }
        List<String> served = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            served.add("/n/" + i);
        }
        assertThat(targets).isEqualTo(served);
        assertThat(log.list)
                .as("each event keeps the loop's thread")
                .allMatch(event -> !event.getThreadName().equals("griddle-access-log"));
    }
}
