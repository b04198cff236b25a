package io.griddle.examples.tutorial.websockets_;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.WebSocketRoute;
import io.griddle.http.Response;
import io.griddle.websocket.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Several clients: a connection manager keeps the open sessions, every message is echoed to its sender and
 * broadcast to all, and a client leaving is announced. {@link WebSocket#forEachText} ends when the client
 * disconnects, which is where FastAPI's version catches {@code WebSocketDisconnect}.
 */
public final class Tutorial003 {

    static final String HTML = ChatPage.html("WebSocket Chat", "<h2>Your ID: <span id=\"ws-id\"></span></h2>", """
            var clientId = Date.now();
            document.querySelector("#ws-id").textContent = clientId;
            ws = new WebSocket('ws://' + location.host + '/ws/' + clientId);
            ws.onmessage = e => show(e.data);""");

    /** The open sessions. */
    static final class ConnectionManager {
        private final List<WebSocket> activeConnections = new CopyOnWriteArrayList<>();

        CompletionStage<Void> connect(WebSocket websocket) {
            return websocket.accept().thenRun(() -> activeConnections.add(websocket));
        }

        void disconnect(WebSocket websocket) {
            activeConnections.remove(websocket);
        }

        CompletionStage<Void> sendPersonalMessage(String message, WebSocket websocket) {
            return websocket.sendText(message);
        }

        /** Sends to every open session, one after the other. */
        CompletionStage<Void> broadcast(String message) {
            CompletionStage<Void> sent = CompletableFuture.completedFuture(null);
            for (WebSocket connection : activeConnections) {
                sent = sent.thenCompose(v -> connection.sendText(message));
            }
            return sent;
        }
    }

    private final ConnectionManager manager = new ConnectionManager();

    @Get("/")
    public Response get() {
        return Response.html(HTML);
    }

    @WebSocketRoute("/ws/{client_id}")
    public CompletionStage<Void> websocketEndpoint(WebSocket websocket, @Path("client_id") int clientId) {
        return manager.connect(websocket)
                .thenCompose(connected ->
                        websocket.forEachText(data -> manager.sendPersonalMessage("You wrote: " + data, websocket)
                                .thenCompose(v -> manager.broadcast("Client #" + clientId + " says: " + data))))
                .thenCompose(left -> {
                    manager.disconnect(websocket);
                    return manager.broadcast("Client #" + clientId + " left the chat");
                });
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
