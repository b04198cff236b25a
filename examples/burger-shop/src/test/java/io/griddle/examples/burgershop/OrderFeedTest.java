package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import io.griddle.test.TestEvent;
import io.griddle.test.TestResponse;
import io.griddle.test.TestStream;
import io.griddle.test.TestWebSocket;
import io.griddle.websocket.WebSocketDisconnect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The order-status feed through the TestClient: statuses over Server-Sent Events and over a WebSocket. */
@Timeout(30)
class OrderFeedTest {

    private final TestClient client = TestClient.of(BurgerShop.app());

    @AfterEach
    void close() {
        client.close();
    }

    private int place(String burger) {
        TestResponse placed = client.post("/orders", Map.of("burger", burger));
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.json())
                .isEqualTo(
                        Map.of("order", placed.json(Map.class).get("order"), "burger", burger, "status", "received"));
        return ((Number) placed.json(Map.class).get("order")).intValue();
    }

    @Test
    void theEventStreamGoesFromReceivedToReadyAndEnds() {
        int order = place("cheese");
        try (TestStream events = client.stream("GET", "/orders/" + order + "/events")) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.header("content-type")).isEqualTo("text/event-stream; charset=utf-8");
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                TestEvent event = events.nextEvent();
                assertThat(event.event()).isEqualTo("status");
                assertThat(event.id()).isEqualTo(String.valueOf(i));
                Map<?, ?> data = (Map<?, ?>) event.json();
                assertThat(data.get("order")).isEqualTo(order);
                assertThat(data.get("burger")).isEqualTo("cheese");
                statuses.add((String) data.get("status"));
            }
            assertThat(statuses).containsExactly("received", "cooking", "ready");
            assertThat(events.readAll()).isEmpty(); // the stream ends at ready
        }
    }

    @Test
    void theWebSocketPushesTheSameStatusesThenCloses() {
        int order = place("bacon");
        try (TestWebSocket ws = client.websocketConnect("/orders/ws")) {
            ws.sendJson(Map.of("order", order));
            List<Object> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(ws.receiveJson());
            }
            assertThat(statuses)
                    .containsExactly(
                            Map.of("order", order, "burger", "bacon", "status", "received"),
                            Map.of("order", order, "burger", "bacon", "status", "cooking"),
                            Map.of("order", order, "burger", "bacon", "status", "ready"));
            assertThatThrownBy(ws::receiveText)
                    .isInstanceOfSatisfying(
                            WebSocketDisconnect.class,
                            gone -> assertThat(gone.code()).isEqualTo(1000));
        }
    }

    @Test
    void anUnknownOrderIs404OverSseAndClosedWith1008OverTheWebSocket() {
        assertThat(client.get("/orders/999/events").status()).isEqualTo(404);
        assertThat(client.get("/orders/999/events").json()).isEqualTo(Map.of("detail", "Order not found"));
        try (TestWebSocket ws = client.websocketConnect("/orders/ws")) {
            ws.sendJson(Map.of("order", 999));
            assertThatThrownBy(ws::receiveText).isInstanceOfSatisfying(WebSocketDisconnect.class, gone -> {
                assertThat(gone.code()).isEqualTo(1008);
                assertThat(gone.reason()).isEqualTo("Order 999 not found");
            });
        }
    }

    @Test
    void theLivePageIsHtmlThatUsesBothFeeds() {
        TestResponse page = client.get("/orders/live");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.text()).contains("new EventSource(", "new WebSocket(", "/orders/ws");
    }
}
