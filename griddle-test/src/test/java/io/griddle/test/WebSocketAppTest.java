package io.griddle.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import io.griddle.web.WebApp;
import io.griddle.websocket.WebSocketDisconnect;
import io.griddle.websocket.WebSocketEndpoint;
import io.griddle.websocket.WebSocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** WebSocket routes of a plain WebApp, through the test client's WebSocket session (the gateway contract). */
class WebSocketAppTest {

    private static TestClient client(WebApp app) {
        return TestClient.builder(app).timeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void anAsyncHandlerEchoesUntilTheClientLeaves() throws Exception {
        CompletableFuture<Integer> leftWith = new CompletableFuture<>();
        WebApp app = new WebApp()
                .websocket(
                        "/echo/{room}",
                        WebSocketEndpoint.async(ws -> ws.accept()
                                .thenCompose(
                                        v -> ws.forEachText(text -> ws.sendText(ws.pathParam("room") + ": " + text)))
                                .thenRun(
                                        () -> leftWith.complete(ws.clientState().ordinal()))));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/echo/kitchen")) {
            ws.sendText("hello");
            assertThat(ws.receiveText()).isEqualTo("kitchen: hello");
            ws.sendText("again");
            assertThat(ws.receiveText()).isEqualTo("kitchen: again");
        }
        assertThat(leftWith.get(5, TimeUnit.SECONDS)).isEqualTo(2); // DISCONNECTED
    }

    @Test
    void aBlockingHandlerWaitsForEachMessageOnItsOwnThread() {
        WebApp app = new WebApp().websocket("/echo", WebSocketEndpoint.blocking(ws -> {
            ws.accept();
            ws.sendJson(Map.of("thread", Thread.currentThread().isVirtual(), "q", ws.queryParam("q")));
            for (String text : ws.texts()) {
                ws.sendBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/echo?q=fries")) {
            assertThat(ws.receiveJson()).isEqualTo(Map.of("thread", true, "q", "fries"));
            ws.sendText("bytes back");
            assertThat(new String(ws.receiveBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("bytes back");
        }
    }

    @Test
    void theClientsCloseCodeReachesTheHandler() throws Exception {
        CompletableFuture<Integer> code = new CompletableFuture<>();
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.blocking(ws -> {
            ws.accept();
            try {
                ws.receiveText();
            } catch (WebSocketDisconnect gone) {
                code.complete(gone.code());
            }
        }));
        try (TestClient client = client(app)) {
            client.websocketConnect("/ws").close(1001);
        }
        assertThat(code.get(5, TimeUnit.SECONDS)).isEqualTo(1001);
    }

    @Test
    void noRouteClosesBeforeAccept() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.async(ws -> ws.accept()));
        try (TestClient client = client(app)) {
            assertThatThrownBy(() -> client.websocketConnect("/nowhere"))
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1000));
        }
    }

    @Test
    void receivingBeforeAcceptFailsAsStarlettesDoes() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.blocking(ws -> {
            try {
                ws.receiveText();
            } catch (IllegalStateException expected) {
                ws.accept();
                ws.sendText(expected.getMessage());
                ws.close();
                try {
                    ws.sendText("after close");
                } catch (IllegalStateException again) {
                    // the session is closed already; the message below never goes
                }
            }
        }));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/ws")) {
            assertThat(ws.receiveText()).isEqualTo("WebSocket is not connected. Need to call \"accept\" first.");
            assertThatThrownBy(ws::receiveText)
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1000));
        }
    }

    @Test
    void sendingAfterCloseFails() throws Exception {
        CompletableFuture<String> error = new CompletableFuture<>();
        WebApp app = new WebApp()
                .websocket(
                        "/ws",
                        WebSocketEndpoint.async(ws -> ws.accept()
                                .thenCompose(v -> ws.close())
                                .thenCompose(v -> ws.sendText("late"))
                                .whenComplete((v, e) -> error.complete(
                                        e == null ? "none" : Async.unwrap(e).getMessage()))
                                .handle((v, e) -> null)));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/ws")) {
            assertThatThrownBy(ws::receiveText).isInstanceOf(WebSocketDisconnect.class);
        }
        assertThat(error.get(5, TimeUnit.SECONDS))
                .isEqualTo("Cannot call \"send\" once a close message has been sent.");
    }

    @Test
    void aWebSocketExceptionClosesWithItsCodeBeforeAccept() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.blocking(ws -> {
            if (ws.queryParam("token") == null) {
                throw new WebSocketException(1008, "no token");
            }
            ws.accept();
        }));
        try (TestClient client = client(app)) {
            assertThatThrownBy(() -> client.websocketConnect("/ws"))
                    .isInstanceOfSatisfying(WebSocketDisconnect.class, e -> {
                        assertThat(e.code()).isEqualTo(1008);
                        assertThat(e.reason()).isEqualTo("no token");
                    });
        }
    }

    @Test
    void anExceptionAfterAcceptClosesWith1011() {
        WebApp app = new WebApp()
                .websocket(
                        "/ws/{room}",
                        WebSocketEndpoint.async(ws -> ws.accept()
                                .thenCompose(v -> ws.receiveText())
                                .thenApply(text -> {
                                    throw new IllegalArgumentException("bad message " + text);
                                })));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/ws/a")) {
            ws.sendText("boom");
            assertThatThrownBy(ws::receiveText)
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1011));
        }
    }

    @Test
    void anExceptionBeforeAcceptFailsTheCall() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.blocking(ws -> {
            throw new IllegalStateException("not ready");
        }));
        try (TestClient client = client(app)) {
            assertThatThrownBy(() -> client.websocketConnect("/ws"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("not ready");
        }
    }

    @Test
    void aHandlerThatEndsWithoutAcceptIsDenied403() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.async(ws -> Gateway.done()));
        try (TestClient client = client(app)) {
            assertThatThrownBy(() -> client.websocketConnect("/ws"))
                    .isInstanceOfSatisfying(
                            TestWebSocket.Denied.class,
                            e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void acceptChoosesASubprotocol() {
        WebApp app = new WebApp()
                .websocket(
                        "/ws",
                        WebSocketEndpoint.async(
                                ws -> ws.accept(ws.subprotocols().get(1))));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/ws", Map.of(), List.of("v1", "v2"))) {
            assertThat(ws.subprotocol()).isEqualTo("v2");
        }
    }

    @Test
    void blockingCallsRefuseAnEventLoop() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.async(ws -> {
            try {
                ws.blocking().accept();
                return ws.close(1000, "accepted on a loop?");
            } catch (IllegalStateException refused) {
                return ws.close(1011, refused.getMessage());
            }
        }));
        try (TestClient client = client(app)) {
            assertThatThrownBy(() -> client.websocketConnect("/ws"))
                    .isInstanceOfSatisfying(WebSocketDisconnect.class, e -> {
                        assertThat(e.code()).isEqualTo(1011);
                        assertThat(e.reason()).contains("event loop");
                    });
        }
    }

    @Test
    void gatewayMiddlewareSeesWebSocketScopes() {
        WebApp app = new WebApp().websocket("/ws", WebSocketEndpoint.async(ws -> ws.accept()));
        // A TrustedHost-like gateway wrapper: a WebSocket from an untrusted host is closed before accept.
        Gateway trusted = (scope, receive, send) -> {
            if (scope instanceof WebSocketScope ws
                    && !"example.com".equals(ws.headers().get("host"))) {
                return send.send(new WebSocketMessage.Close(1008, "untrusted host"));
            }
            return app.call(scope, receive, send);
        };
        try (TestClient client = TestClient.of(trusted)) {
            assertThatThrownBy(() -> client.websocketConnect("/ws"))
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1008));
            try (TestWebSocket ws = client.websocketConnect("/ws", Map.of("host", "example.com"))) {
                assertThat(ws.subprotocol()).isNull();
            }
        }
    }

    @Test
    void theWatchdogNamesTheWebSocketRoute() throws Exception {
        CompletableFuture<String> named = new CompletableFuture<>();
        WebApp app = new WebApp().websocket("/ws/{room}", WebSocketEndpoint.async(ws -> {
            io.griddle.concurrent.Loop loop = io.griddle.concurrent.Loop.current();
            named.complete(loop.currentTask().describe());
            return ws.accept();
        }));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/ws/lobby")) {
            assertThat(named.get(5, TimeUnit.SECONDS)).isEqualTo("WEBSOCKET /ws/{room}");
            assertThat(ws.subprotocol()).isNull();
        }
    }

    @Test
    void theWatchdogNamesTheRouteInContinuationsOfAReceiveToo() throws Exception {
        CompletableFuture<String> named = new CompletableFuture<>();
        WebApp app = new WebApp()
                .websocket(
                        "/later",
                        WebSocketEndpoint.async(ws -> ws.accept()
                                .thenCompose(v -> ws.receiveText())
                                .thenCompose(text -> {
                                    io.griddle.concurrent.LoopTask task =
                                            io.griddle.concurrent.Loop.current().currentTask();
                                    named.complete(task == null ? "nobody" : task.describe());
                                    return ws.sendText(text);
                                })));
        try (TestClient client = client(app);
                TestWebSocket ws = client.websocketConnect("/later")) {
            ws.sendText("x");
            assertThat(ws.receiveText()).isEqualTo("x");
        }
        assertThat(named.get(5, TimeUnit.SECONDS)).isEqualTo("WEBSOCKET /later");
    }

    @Test
    void underTheStrictWatchdogASessionThatBlocksItsLoopClosesWith1011() throws Exception {
        CompletableFuture<Throwable> laterSend = new CompletableFuture<>();
        WebApp app = new WebApp()
                .websocket(
                        "/stuck",
                        WebSocketEndpoint.async(ws -> ws.accept()
                                .thenCompose(v -> ws.receiveText())
                                .thenCompose(text -> {
                                    try {
                                        Thread.sleep(500); // blocks the loop: the mistake strict mode catches
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                    return ws.sendText("too late").whenComplete((v, e) -> laterSend.complete(e));
                                })));
        try (TestClient client = TestClient.builder(app)
                        .timeout(Duration.ofSeconds(5))
                        .strictLoop(Duration.ofMillis(100))
                        .build();
                TestWebSocket ws = client.websocketConnect("/stuck")) {
            ws.sendText("go");
            assertThatThrownBy(ws::receiveText)
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1011));
        }
        assertThat(laterSend.get(5, TimeUnit.SECONDS))
                .as("the handler's send after the watchdog's close fails")
                .isNotNull();
    }
}
