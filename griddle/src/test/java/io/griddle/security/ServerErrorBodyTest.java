package io.griddle.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A failing handler is answered {@code 500 Internal Server Error} and nothing else: no exception class, message or
 * trace in the body; the failure is logged with a request id, which the answer carries in {@code x-request-id} (the
 * request's own when it is sane).
 */
class ServerErrorBodyTest {

    private static final String SECRET = "password=hunter2 at jdbc:postgresql://db.internal:5432/shop";

    @SuppressWarnings("unused")
    static final class Failing {
        @Get("/blocking")
        String blocking() {
            throw new IllegalStateException(SECRET);
        }

        @Get("/async")
        CompletionStage<String> async() {
            return CompletableFuture.failedFuture(new IllegalStateException(SECRET));
        }
    }

    private final ListAppender<ILoggingEvent> errors = new ListAppender<>();
    private final Logger errorLog = (Logger) LoggerFactory.getLogger("griddle.error");

    @BeforeEach
    void captureErrors() {
        errors.start();
        errorLog.addAppender(errors);
    }

    @AfterEach
    void release() {
        errorLog.detachAppender(errors);
    }

    @Test
    void theBodySaysNothingAndTheLogLineCarriesTheIdOfTheHeader() {
        try (TestClient client = TestClient.of(App.create().include(new Failing()))) {
            for (String path : new String[] {"/blocking", "/async"}) {
                errors.list.clear();
                TestResponse response = client.get(path);
                assertThat(response.status()).isEqualTo(500);
                assertThat(response.text()).isEqualTo("Internal Server Error");
                assertThat(response.header("content-type")).startsWith("text/plain");
                String id = response.header("x-request-id");
                assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
                assertThat(errors.list).hasSize(1);
                ILoggingEvent logged = errors.list.get(0);
                assertThat(logged.getFormattedMessage())
                        .isEqualTo("Exception in GET " + path + " (request id " + id + ")");
                assertThat(logged.getThrowableProxy().getMessage()).isEqualTo(SECRET); // the cause is in the log
            }
            assertThat(client.get("/blocking").header("x-request-id"))
                    .as("a new id per failure")
                    .isNotEqualTo(client.get("/blocking").header("x-request-id"));
        }
    }

    @Test
    void aSaneIncomingIdIsKeptAndAnyOtherReplaced() {
        try (TestClient client = TestClient.of(App.create().include(new Failing()))) {
            String sane = "req-7f3a9c.01:edge/2+b=";
            assertThat(client.request("GET", "/blocking")
                            .header("X-Request-ID", sane)
                            .send()
                            .header("x-request-id"))
                    .isEqualTo(sane);
            for (String hostile : new String[] {
                "<script>alert(1)</script>", "a b", "a\"b", "x".repeat(129), "caf\u00e9", "line\\nbreak"
            }) {
                String answered = client.request("GET", "/blocking")
                        .header("X-Request-ID", hostile)
                        .send()
                        .header("x-request-id");
                assertThat(answered).as(hostile).isNotEqualTo(hostile).hasSize(36);
            }
        }
    }

    @Test
    void aHandledErrorKeepsItsOwnAnswerWithoutAnId() {
        try (TestClient client = TestClient.of(App.create().include(new Failing()))) {
            TestResponse missing = client.get("/nowhere");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("x-request-id")).isNull();
        }
    }
}
