package io.griddle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.Scope;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Mount bookkeeping: prefixes, WebSocket forwarding, raw paths written differently from the prefix. */
class MountsTest {

    private static WebSocketScope webSocket(String path) {
        return new WebSocketScope(path, "", "ws", "/root", Headers.of(), List.of(), Connection.IN_PROCESS);
    }

    @Test
    void aWebSocketUnderThePrefixGoesToTheMountedApp() {
        AtomicReference<Scope> seen = new AtomicReference<>();
        Gateway chat = (scope, receive, send) -> {
            seen.set(scope);
            return send.send(new WebSocketMessage.Close(1000, "bye"));
        };
        WebApp app = new WebApp().mount("/chat", chat);
        app.call(
                webSocket("/chat/room/7"),
                () -> new CompletableFuture<>(),
                message -> CompletableFuture.completedFuture(null));
        WebSocketScope child = (WebSocketScope) seen.get();
        assertThat(child.path()).isEqualTo("/room/7");
        assertThat(child.rootPath()).isEqualTo("/root/chat");
        seen.set(null);
        app.call(
                webSocket("/other"),
                () -> new CompletableFuture<>(),
                message -> CompletableFuture.completedFuture(null));
        assertThat(seen.get()).isNull(); // refused by the parent, which has no WebSocket route
    }

    @Test
    void prefixesAreWholeSegmentsAndTheLongestWins() {
        Mounts mounts = new Mounts();
        Gateway a = (scope, receive, send) -> Gateway.done();
        Gateway b = (scope, receive, send) -> Gateway.done();
        mounts.add("/static", a);
        mounts.add("/static/vendor/", b);
        assertThat(mounts.find("/static/x.css").app()).isSameAs(a);
        assertThat(mounts.find("/static/vendor/x.js").app()).isSameAs(b);
        assertThat(mounts.find("/staticky/x")).isNull();
        assertThat(mounts.find("/static")).isNull();
        assertThat(mounts.exactly("/static").app()).isSameAs(a);
        assertThatThrownBy(() -> mounts.add("/static/", a)).hasMessageContaining("mounted at '/static/' already");
        assertThatThrownBy(() -> mounts.add("static", a)).hasMessageContaining("starts with '/'");
    }

    @Test
    void theRawPathIsCutBySegmentsWhenThePrefixWasEncoded() {
        Mounts mounts = new Mounts();
        Mounts.Mount mount = mounts.add("/static", (scope, receive, send) -> Gateway.done());
        var scope = new io.griddle.gateway.HttpScope(
                "GET", "/static/a b", "/st%61tic/a%20b", "", "1.1", "http", "", Headers.of(), Connection.IN_PROCESS);
        var child = Mounts.child(scope, mount);
        assertThat(child.path()).isEqualTo("/a b");
        assertThat(child.rawPath()).isEqualTo("/a%20b");
        assertThat(child.rootPath()).isEqualTo("/static");
    }
}
