package io.griddle.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.gateway.Connection;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The session's order rules and failures, over a hand-made receive and send (no loop: the blocking view works). */
class WebSocketTest {

    private final ArrayDeque<Message> inbound = new ArrayDeque<>();
    private final List<Message> sent = new ArrayList<>();
    private boolean gone;

    private WebSocket socket(String query, String cookie) {
        HeaderList headers = new HeaderList().add("host", "example.com");
        if (cookie != null) {
            headers.add("cookie", cookie);
        }
        WebSocketScope scope =
                new WebSocketScope("/ws/lobby", query, "wss", "", headers, List.of("chat"), Connection.IN_PROCESS);
        return new WebSocket(scope, () -> CompletableFuture.completedFuture(inbound.poll()), this::send, Map.of());
    }

    private CompletionStage<Void> send(Message message) {
        if (gone) {
            return CompletableFuture.failedFuture(new ClosedChannelException());
        }
        sent.add(message);
        return CompletableFuture.completedFuture(null);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        return Async.unwrap(stage.handle((v, e) -> e).toCompletableFuture().join());
    }

    @Test
    void theHandshakeReadsAsARequest() {
        WebSocket ws = socket("token=abc&q=1", "session=s1");
        assertThat(ws.request().method()).isEqualTo("GET");
        assertThat(ws.request().scope().scheme()).isEqualTo("https");
        assertThat(ws.request().webSocket()).isSameAs(ws);
        assertThat(ws.queryParam("token")).isEqualTo("abc");
        assertThat(ws.cookie("session")).isEqualTo("s1");
        assertThat(ws.header("host")).isEqualTo("example.com");
        assertThat(ws.subprotocols()).containsExactly("chat");
    }

    @Test
    void acceptReceivesTheConnectThenMessagesFlowUntilTheDisconnect() {
        inbound.add(new WebSocketMessage.Connect());
        inbound.add(new WebSocketMessage.Text("hello"));
        inbound.add(new WebSocketMessage.Disconnect(1001, "bye"));
        BlockingWebSocket ws = socket("", null).blocking();
        assertThat(ws.async().clientState()).isEqualTo(WebSocketState.CONNECTING);
        ws.accept("chat");
        assertThat(ws.async().clientState()).isEqualTo(WebSocketState.CONNECTED);
        assertThat(ws.async().applicationState()).isEqualTo(WebSocketState.CONNECTED);
        assertThat(sent).containsExactly(new WebSocketMessage.Accept("chat", null));
        assertThat(ws.receiveText()).isEqualTo("hello");
        assertThatThrownBy(ws::receiveText).isInstanceOfSatisfying(WebSocketDisconnect.class, e -> {
            assertThat(e.code()).isEqualTo(1001);
            assertThat(e.reason()).isEqualTo("bye");
        });
        assertThat(ws.async().clientState()).isEqualTo(WebSocketState.DISCONNECTED);
        assertThatThrownBy(ws::receiveText)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot call \"receive\" once a disconnect message has been received.");
    }

    @Test
    void dataBeforeAcceptAndSendsAfterCloseFail() {
        WebSocket ws = socket("", null);
        assertThat(failure(ws.receiveText()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("WebSocket is not connected. Need to call \"accept\" first.");
        assertThat(failure(ws.sendText("early"))).isInstanceOf(IllegalStateException.class);
        inbound.add(new WebSocketMessage.Connect());
        ws.accept().toCompletableFuture().join();
        ws.close(1000, "done").toCompletableFuture().join();
        assertThat(ws.applicationState()).isEqualTo(WebSocketState.DISCONNECTED);
        assertThat(failure(ws.sendText("late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot call \"send\" once a close message has been sent.");
        assertThat(sent).endsWith(new WebSocketMessage.Close(1000, "done"));
    }

    @Test
    void aSendToAGoneClientIsADisconnect1006() {
        inbound.add(new WebSocketMessage.Connect());
        WebSocket ws = socket("", null);
        ws.accept().toCompletableFuture().join();
        gone = true;
        assertThat(failure(ws.sendText("anyone?")))
                .isInstanceOfSatisfying(
                        WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1006));
    }

    @Test
    void jsonAndBytesBothWays() {
        inbound.add(new WebSocketMessage.Connect());
        inbound.add(new WebSocketMessage.Text("{\"a\":1}"));
        inbound.add(new WebSocketMessage.Binary(java.nio.ByteBuffer.wrap(new byte[] {1, 2})));
        BlockingWebSocket ws = socket("", null).blocking();
        ws.accept();
        Object parsed = ws.receiveJson(Map.class);
        assertThat(parsed).isEqualTo(Map.of("a", 1));
        assertThat(ws.receiveBytes()).containsExactly(1, 2);
        ws.sendJson(Map.of("b", 2));
        assertThat(sent).endsWith(new WebSocketMessage.Text("{\"b\":2}"));
    }

    @Test
    void forEachTextEndsNormallyAtTheDisconnect() {
        inbound.add(new WebSocketMessage.Connect());
        inbound.add(new WebSocketMessage.Text("one"));
        inbound.add(new WebSocketMessage.Text("two"));
        inbound.add(new WebSocketMessage.Disconnect(1000, ""));
        WebSocket ws = socket("", null);
        List<String> seen = new ArrayList<>();
        ws.accept()
                .thenCompose(v -> ws.forEachText(text -> {
                    seen.add(text);
                    return null;
                }))
                .toCompletableFuture()
                .join();
        assertThat(seen).containsExactly("one", "two");
    }

    @Test
    void theStrictWatchdogsVerdictClosesAnAcceptedSessionWith1011() {
        inbound.add(new WebSocketMessage.Connect());
        BlockingWebSocket ws = socket("", null).blocking();
        ws.accept(null);
        ws.async().loopTask().blocked(blocked());
        assertThat(sent).containsExactly(new WebSocketMessage.Accept(null, null), new WebSocketMessage.Close(1011, ""));
        assertThat(ws.async().applicationState()).isEqualTo(WebSocketState.DISCONNECTED);
        ws.async().loopTask().blocked(blocked()); // once closed, nothing more is sent
        assertThat(sent).hasSize(2);
    }

    @Test
    void theStrictWatchdogsVerdictBeforeAcceptRefusesTheHandshake() {
        WebSocket ws = socket("", null);
        ws.loopTask().blocked(blocked());
        assertThat(sent).containsExactly(new WebSocketMessage.Close(1011, ""));
        assertThat(failure(ws.accept())).isInstanceOf(IllegalStateException.class);
    }

    private static io.griddle.concurrent.LoopBlockedException blocked() {
        return io.griddle.concurrent.LoopBlockedExceptions.of("WEBSOCKET /ws/lobby");
    }
}
