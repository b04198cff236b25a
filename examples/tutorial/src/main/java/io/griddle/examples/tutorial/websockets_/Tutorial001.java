package io.griddle.examples.tutorial.websockets_;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.WebSocketRoute;
import io.griddle.http.Response;
import io.griddle.websocket.WebSocket;
import java.util.concurrent.CompletionStage;

/**
 * A WebSocket route: an async handler accepts the session, then answers every text message until the client
 * leaves. The page at {@code /} is a small chat form that talks to it from a browser.
 */
public final class Tutorial001 {

    static final String HTML = ChatPage.html(
            "WebSocket Chat",
            "",
            "ws = new WebSocket('ws://' + location.host + '/ws'); ws.onmessage = e => show(e.data);");

    @Get("/")
    public Response get() {
        return Response.html(HTML);
    }

    @WebSocketRoute("/ws")
    public CompletionStage<Void> websocketEndpoint(WebSocket websocket) {
        return websocket
                .accept()
                .thenCompose(
                        accepted -> websocket.forEachText(data -> websocket.sendText("Message text was: " + data)));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
