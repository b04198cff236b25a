package io.griddle.examples.tutorial.websockets_;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestWebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_websockets/test_tutorial003, as the specification. FastAPI's test sleeps to
 * let the broadcast happen; here every receive waits for its message (with the client's timeout), so none is
 * needed.
 */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void get() {
        assertThat(client.get("/").text()).isEqualTo(Tutorial003.HTML);
    }

    @Test
    void websocketHandleDisconnection() {
        try (TestWebSocket connection = client.websocketConnect("/ws/1234");
                TestWebSocket connectionTwo = client.websocketConnect("/ws/5678")) {
            connection.sendText("Hello from 1234");
            assertThat(connection.receiveText()).isEqualTo("You wrote: Hello from 1234");
            String client1Says = "Client #1234 says: Hello from 1234";
            assertThat(connectionTwo.receiveText()).isEqualTo(client1Says);
            assertThat(connection.receiveText()).isEqualTo(client1Says);
            connectionTwo.close(1000);
            assertThat(connection.receiveText()).isEqualTo("Client #5678 left the chat");
        }
    }
}
