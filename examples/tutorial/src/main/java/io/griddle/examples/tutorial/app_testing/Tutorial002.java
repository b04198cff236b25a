package io.griddle.examples.tutorial.app_testing;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.WebSocketRoute;
import io.griddle.websocket.BlockingWebSocket;
import java.util.Map;

/**
 * Testing: an app with an HTTP route and a WebSocket route; its tests, {@code test_read_main} and
 * {@code test_websocket}, are {@code Tutorial002Test}.
 */
public final class Tutorial002 {

    @Get("/")
    public Object readMain() {
        return Map.of("msg", "Hello World");
    }

    @WebSocketRoute("/ws")
    public void websocket(BlockingWebSocket websocket) {
        websocket.accept();
        websocket.sendJson(Map.of("msg", "Hello WebSocket"));
        websocket.close();
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
