package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.security.OAuth2PasswordBearer;
import io.griddle.test.TestClient;
import io.griddle.test.TestWebSocket;
import io.griddle.websocket.BlockingWebSocket;
import io.griddle.websocket.WebSocket;
import io.griddle.websocket.WebSocketDisconnect;
import io.griddle.websocket.WebSocketEndpoint;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code @WebSocketRoute}: binding, dependencies, security schemes, closes, routers and the OpenAPI document. */
class WebSocketRouteTest {

    public static final class Bearer extends OAuth2PasswordBearer {
        public Bearer() {
            super("token");
        }
    }

    /** Counts the sessions it let through; takes the handshake request as any dependency may. */
    public static final class Counted {
        static final AtomicInteger made = new AtomicInteger();

        public Integer provide(@Header("x-client") String client) {
            return made.incrementAndGet();
        }
    }

    public static final class Chat {
        static final AtomicInteger handlerCalls = new AtomicInteger();

        @WebSocketRoute("/rooms/{room}")
        public void room(
                BlockingWebSocket ws,
                @Path int room,
                @Query("nick") String nick,
                @Depends(Bearer.class) String token,
                @Depends(Counted.class) Integer count) {
            handlerCalls.incrementAndGet();
            ws.accept();
            ws.sendJson(Map.of("room", room, "nick", nick, "token", token, "count", count));
            for (String text : ws.texts()) {
                ws.sendText(nick + "@" + room + ": " + text);
            }
        }

        @WebSocketRoute("/fails")
        public CompletionStage<Void> fails(WebSocket ws) {
            return ws.accept().thenCompose(v -> ws.receiveText()).thenApply(text -> {
                throw new IllegalStateException("cannot handle " + text);
            });
        }

        @Get("/rooms")
        public Map<String, String> rooms() {
            return Map.of("rooms", "1");
        }
    }

    private static TestClient client() {
        return TestClient.of(
                App.create().include(ApiRouter.create().prefix("/chat").include(new Chat())));
    }

    private static final Map<String, String> AUTHORIZED = Map.of("authorization", "Bearer abc", "x-client", "test");

    @Test
    void parametersDependenciesAndTheSecuritySchemeBindFromTheHandshake() {
        try (TestClient client = client();
                TestWebSocket ws = client.websocketConnect("/chat/rooms/7?nick=ana", AUTHORIZED)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> hello = ws.receiveJson(Map.class);
            assertThat(hello)
                    .containsEntry("room", 7)
                    .containsEntry("nick", "ana")
                    .containsEntry("token", "abc");
            ws.sendText("hi");
            assertThat(ws.receiveText()).isEqualTo("ana@7: hi");
        }
    }

    @Test
    void aValidationFailureClosesWith1008BeforeTheHandlerRuns() {
        int before = Chat.handlerCalls.get();
        try (TestClient client = client()) {
            assertThatThrownBy(() -> client.websocketConnect("/chat/rooms/seven?nick=ana", AUTHORIZED))
                    .isInstanceOfSatisfying(WebSocketDisconnect.class, e -> {
                        assertThat(e.code()).isEqualTo(1008);
                        assertThat(e.reason()).startsWith("path.room: Input should be a valid integer");
                    });
            assertThatThrownBy(() -> client.websocketConnect("/chat/rooms/7", AUTHORIZED))
                    .isInstanceOfSatisfying(WebSocketDisconnect.class, e -> {
                        assertThat(e.code()).isEqualTo(1008);
                        assertThat(e.reason()).isEqualTo("query.nick: Field required");
                    });
        }
        assertThat(Chat.handlerCalls.get()).isEqualTo(before);
    }

    @Test
    void aSecuritySchemesHttpErrorDeniesTheHandshakeWithItsResponse() {
        try (TestClient client = client()) {
            assertThatThrownBy(() -> client.websocketConnect("/chat/rooms/7?nick=ana", Map.of("x-client", "t")))
                    .isInstanceOfSatisfying(TestWebSocket.Denied.class, denied -> {
                        assertThat(denied.status()).isEqualTo(401);
                        assertThat(denied.headers().get("www-authenticate")).isEqualTo("Bearer");
                        assertThat(denied.text()).contains("Not authenticated");
                    });
        }
    }

    @Test
    void anExceptionAfterAcceptClosesWith1011AndIsLoggedWithTheRoute() {
        Logger log = (Logger) LoggerFactory.getLogger("griddle.error");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try (TestClient client = client();
                TestWebSocket ws = client.websocketConnect("/chat/fails")) {
            ws.sendText("this");
            assertThatThrownBy(ws::receiveText)
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1011));
        } finally {
            log.detachAppender(captured);
        }
        assertThat(captured.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage())
                    .contains("WEBSOCKET /chat/fails")
                    .contains("1011");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("cannot handle this");
        });
    }

    @Test
    void webSocketRoutesAreNotInTheOpenApiDocument() {
        try (TestClient client = client()) {
            Map<?, ?> paths =
                    (Map<?, ?>) ((Map<?, ?>) client.get("/openapi.json").json()).get("paths");
            assertThat(paths.keySet().stream().map(String::valueOf)).containsExactly("/chat/rooms");
        }
    }

    public static final class Uploads {
        @WebSocketRoute("/upload")
        public void upload(BlockingWebSocket ws, @Body Map<String, Object> body) {}
    }

    @Test
    void aBodyParameterIsRefusedAtStartup() {
        assertThatThrownBy(() -> App.create().include(new Uploads()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a WebSocket route has no request body");
    }

    @Test
    void codeRoutesTooAndTheAppCanServeThem() {
        App app = App.create().websocket("/echo", WebSocketEndpoint.blocking(ws -> {
            ws.accept();
            ws.sendText(ws.receiveText());
        }));
        try (TestClient client = TestClient.of(app);
                TestWebSocket ws = client.websocketConnect("/echo")) {
            ws.sendText("back");
            assertThat(ws.receiveText()).isEqualTo("back");
        }
    }

    /** A resource opened for the session and closed when it ends, as a yield dependency of an HTTP route. */
    public static final class Resource {
        static final java.util.concurrent.CompletableFuture<String> closed =
                new java.util.concurrent.CompletableFuture<>();

        public Yield<String> provide(@Path String room) {
            return Yield.of("resource for " + room).onExit(() -> closed.complete(room));
        }
    }

    public static final class WithResource {
        @WebSocketRoute("/held/{room}")
        public void held(BlockingWebSocket ws, @Depends(Resource.class) String resource) {
            ws.accept();
            ws.sendText(resource);
            ws.receiveText(); // until the client leaves: WebSocketDisconnect ends the session quietly
        }
    }

    @Test
    void aYieldDependencysExitRunsWhenTheSessionEnds() throws Exception {
        try (TestClient client = TestClient.of(App.create().include(new WithResource()))) {
            try (TestWebSocket ws = client.websocketConnect("/held/r1")) {
                assertThat(ws.receiveText()).isEqualTo("resource for r1");
                assertThat(Resource.closed).isNotDone();
            }
            assertThat(Resource.closed.get(5, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo("r1");
        }
    }
}
