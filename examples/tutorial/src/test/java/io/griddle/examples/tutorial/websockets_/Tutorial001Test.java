package io.griddle.examples.tutorial.websockets_;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestWebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_websockets/test_tutorial001, as the specification. FastAPI's test expects
 * {@code WebSocketDisconnect} out of the {@code with} block (the handler's receive raises it when the client
 * closes, and Starlette's test client re-raises it); in Griddle a disconnect that ends a handler is the normal end
 * of a session, so closing simply waits for the handler to finish (docs/tutorial/websockets_.md).
 */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void main() {
        assertThat(client.get("/").status()).isEqualTo(200);
        assertThat(client.get("/").text()).isEqualTo(Tutorial001.HTML);
    }

    @Test
    void websocket() {
        try (TestWebSocket websocket = client.websocketConnect("/ws")) {
            websocket.sendText("Message one");
            assertThat(websocket.receiveText()).isEqualTo("Message text was: Message one");
            websocket.sendText("Message two");
            assertThat(websocket.receiveText()).isEqualTo("Message text was: Message two");
        }
    }
}
