package io.griddle.examples.tutorial.app_testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import io.griddle.test.TestWebSocket;
import io.griddle.websocket.WebSocketDisconnect;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_testing/test_tutorial002, as the specification; {@link #readMain} and
 * {@link #websocket} are the tutorial's own {@code test_read_main} and {@code test_websocket}.
 */
class Tutorial002Test {

    @Test
    void readMain() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            var response = client.get("/");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("msg", "Hello World"));
        }
    }

    @Test
    void websocket() {
        try (TestClient client = TestClient.of(Tutorial002.app());
                TestWebSocket websocket = client.websocketConnect("/ws")) {
            Object data = websocket.receiveJson();
            assertThat(data).isEqualTo(Map.of("msg", "Hello WebSocket"));
            // Not in FastAPI's test: after the message the handler closes the session normally (1000).
            assertThatThrownBy(websocket::receive)
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class,
                            close -> assertThat(close.code()).isEqualTo(1000));
        }
    }
}
