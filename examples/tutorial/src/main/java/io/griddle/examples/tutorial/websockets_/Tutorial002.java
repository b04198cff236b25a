package io.griddle.examples.tutorial.websockets_;

import io.griddle.App;
import io.griddle.Cookie;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.WebSocketRoute;
import io.griddle.http.Response;
import io.griddle.websocket.BlockingWebSocket;
import io.griddle.websocket.WebSocket;
import io.griddle.websocket.WebSocketException;
import java.util.Optional;

/**
 * A WebSocket route with parameters and a dependency, as an HTTP route has them: the item's id from the path, an
 * optional {@code q} from the query, and a provider that takes the session cookie or the {@code token} query
 * parameter, or closes with 1008 (policy violation) before accept. This handler is blocking: it runs on its own
 * virtual thread, where {@link BlockingWebSocket#texts()} waits for each message.
 */
public final class Tutorial002 {

    static final String HTML = ChatPage.html("WebSocket Chat", """
            <label>Item ID: <input type="text" id="itemId" autocomplete="off" value="foo"/></label>
            <label>Token: <input type="text" id="token" autocomplete="off" value="some-key-token"/></label>
            <button onclick="connect(event)">Connect</button>
            <hr>""", """
            function connect(event) {
                var itemId = document.getElementById("itemId").value;
                var token = document.getElementById("token").value;
                ws = new WebSocket('ws://' + location.host + '/items/' + itemId + '/ws?token=' + token);
                ws.onmessage = e => show(e.data);
                event.preventDefault();
            }""");

    /** The session cookie, else the {@code token} query parameter; neither closes the session with 1008. */
    public static final class CookieOrToken {
        public String provide(
                WebSocket websocket, @Cookie("session") Optional<String> session, @Query Optional<String> token) {
            if (session.isEmpty() && token.isEmpty()) {
                throw new WebSocketException(1008); // WS_1008_POLICY_VIOLATION
            }
            return session.orElseGet(token::get);
        }
    }

    @Get("/")
    public Response get() {
        return Response.html(HTML);
    }

    @WebSocketRoute("/items/{item_id}/ws")
    public void websocketEndpoint(
            BlockingWebSocket websocket,
            @Path("item_id") String itemId,
            @Query Optional<Integer> q,
            @Depends(CookieOrToken.class) String cookieOrToken) {
        websocket.accept();
        for (String data : websocket.texts()) {
            websocket.sendText("Session cookie or query token value is: " + cookieOrToken);
            if (q.isPresent()) {
                websocket.sendText("Query parameter q is: " + q.get());
            }
            websocket.sendText("Message text was: " + data + ", for item ID: " + itemId);
        }
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
