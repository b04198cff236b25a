package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.LifespanScope;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's one warm-up step: the application's part, then the server's request path, once, before the
 * lifespan startup and the socket; the warm-up requests go to an internal app, never the user's.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WarmupTest {

    /** Records, in order, its warm-up, its warm-up part and every scope it is called with. */
    private static final class RecordingApp implements Gateway {
        final List<String> trace = new CopyOnWriteArrayList<>();
        final WebApp web = new WebApp()
                .get("/hello", Endpoint.blocking(request -> "hi"))
                .onWarmUp(() -> trace.add("warm-up part"))
                .onStartup(state -> trace.add("startup"));
        volatile String warmUpThread;

        @Override
        public void warmUp() {
            warmUpThread = Thread.currentThread().getName();
            trace.add("warm-up");
            web.warmUp();
        }

        @Override
        public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
            trace.add(
                    switch (scope) {
                        case HttpScope http -> "http " + http.method() + " " + http.path();
                        case LifespanScope ignored -> "lifespan";
                        default -> scope.getClass().getSimpleName();
                    });
            return web.call(scope, receive, send);
        }
    }

    @Test
    void theApplicationsPartRunsOnceThenTheRequestPathAndTheApplicationGetsNoRequest() {
        RecordingApp app = new RecordingApp();

        assertThat(Warmup.run(app)).containsExactly("application", "request path");

        assertThat(app.trace).containsExactly("warm-up", "warm-up part");
    }

    @Test
    void aFailingApplicationWarmUpStillWarmsTheRequestPath() {
        Gateway failing = new Gateway() {
            @Override
            public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
                throw new AssertionError("the warm-up must not call the application");
            }

            @Override
            public void warmUp() {
                throw new IllegalStateException("cold forever");
            }
        };

        assertThat(Warmup.run(failing)).containsExactly("request path");
    }

    @Test
    void theServerWarmsUpOnceBeforeStartupOffTheLoopsAndTheAppSeesOnlyRealRequests() throws Exception {
        RecordingApp app = new RecordingApp();
        try (GriddleServer server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .loops(1)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build())) {
            assertThat(app.trace).containsExactly("warm-up", "warm-up part", "lifespan", "startup");
            assertThat(app.warmUpThread).doesNotContain("griddle-loop");

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hello"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.body()).isEqualTo("\"hi\"");
            assertThat(app.trace).containsExactly("warm-up", "warm-up part", "lifespan", "startup", "http GET /hello");
        }
    }
}
