package io.griddle.examples.tutorial.websockets_;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import io.griddle.test.TestWebSocket;
import io.griddle.websocket.WebSocketDisconnect;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_websockets/test_tutorial002, as the specification. Starlette's
 * {@code TestClient(app, cookies=...)} sends the cookie with the handshake, as the {@code cookie} header here does.
 * The refusals are checked for their code (1008), which FastAPI's test leaves unchecked.
 */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void main() {
        assertThat(client.get("/").status()).isEqualTo(200);
    }

    @Test
    void websocketWithCookie() {
        try (TestWebSocket websocket =
                client.websocketConnect("/items/foo/ws", Map.of("cookie", "session=fakesession"))) {
            for (String message : new String[] {"Message one", "Message two"}) {
                websocket.sendText(message);
                assertThat(websocket.receiveText()).isEqualTo("Session cookie or query token value is: fakesession");
                assertThat(websocket.receiveText()).isEqualTo("Message text was: " + message + ", for item ID: foo");
            }
        }
    }

    @Test
    void websocketWithHeader() {
        try (TestWebSocket websocket = client.websocketConnect("/items/bar/ws?token=some-token")) {
            for (String message : new String[] {"Message one", "Message two"}) {
                websocket.sendText(message);
                assertThat(websocket.receiveText()).isEqualTo("Session cookie or query token value is: some-token");
                assertThat(websocket.receiveText()).isEqualTo("Message text was: " + message + ", for item ID: bar");
            }
        }
    }

    @Test
    void websocketWithHeaderAndQuery() {
        try (TestWebSocket websocket = client.websocketConnect("/items/2/ws?q=3&token=some-token")) {
            for (String message : new String[] {"Message one", "Message two"}) {
                websocket.sendText(message);
                assertThat(websocket.receiveText()).isEqualTo("Session cookie or query token value is: some-token");
                assertThat(websocket.receiveText()).isEqualTo("Query parameter q is: 3");
                assertThat(websocket.receiveText()).isEqualTo("Message text was: " + message + ", for item ID: 2");
            }
        }
    }

    @Test
    void websocketNoCredentials() {
        assertThatThrownBy(() -> client.websocketConnect("/items/foo/ws"))
                .isInstanceOfSatisfying(
                        WebSocketDisconnect.class, e -> assertThat(e.code()).isEqualTo(1008));
    }

    @Test
    void websocketInvalidData() {
        assertThatThrownBy(() -> client.websocketConnect("/items/foo/ws?q=bar&token=some-token"))
                .isInstanceOfSatisfying(WebSocketDisconnect.class, e -> {
                    assertThat(e.code()).isEqualTo(1008);
                    assertThat(e.reason())
                            .isEqualTo(
                                    "query.q: Input should be a valid integer, unable to parse string as an integer");
                });
    }
}
