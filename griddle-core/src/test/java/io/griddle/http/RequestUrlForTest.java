package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.gateway.Connection;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpScope;
import io.griddle.http.internal.RequestAccess;
import io.griddle.routing.NoMatchFound;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@link Request#urlFor} and {@link Request#baseUrl}: scheme, host, root path, and what stands in for a host. */
class RequestUrlForTest {

    private static Request request(String scheme, String rootPath, Headers headers, Connection connection) {
        HttpScope scope = new HttpScope("GET", "/x", "/x", "", "1.1", scheme, rootPath, headers, connection);
        Request request = new Request(scope, CompletableFuture::new, Map.of());
        RequestAccess.get()
                .urlPaths(request, (name, params) -> name.equals("item") ? "/items/" + params.get("id") : null);
        return request;
    }

    @Test
    void theHostHeaderSchemeAndRootPathMakeTheUrl() {
        Request request = request("https", "/api", Headers.of("host", "shop.example:8443"), Connection.IN_PROCESS);

        assertThat(request.urlFor("item", Map.of("id", 3))).isEqualTo("https://shop.example:8443/api/items/3");
        assertThat(request.baseUrl()).isEqualTo("https://shop.example:8443/api/");
    }

    @Test
    void withoutAHostTheServersAddressStandsInAndADefaultPortIsLeftOut() {
        Connection on8000 = new Connection(null, new InetSocketAddress("127.0.0.1", 8000), false);
        Connection on80 = new Connection(null, new InetSocketAddress("127.0.0.1", 80), false);
        Connection onV6 = new Connection(null, new InetSocketAddress("::1", 9000), false);

        assertThat(request("http", "", Headers.EMPTY, on8000).urlFor("item", Map.of("id", 1)))
                .isEqualTo("http://127.0.0.1:8000/items/1");
        assertThat(request("http", "", Headers.EMPTY, on80).baseUrl()).isEqualTo("http://127.0.0.1/");
        assertThat(request("http", "", Headers.EMPTY, onV6).baseUrl()).startsWith("http://[0:0:0:0:0:0:0:1]:9000");
        assertThat(request("http", "", Headers.EMPTY, Connection.IN_PROCESS).urlFor("item", Map.of("id", 1)))
                .isEqualTo("/items/1");
    }

    @Test
    void anUnknownNameIsNoMatchFound() {
        Request request = request("http", "", Headers.of("host", "h"), Connection.IN_PROCESS);

        assertThatThrownBy(() -> request.urlFor("nothing", Map.of("id", 1)))
                .isInstanceOf(NoMatchFound.class)
                .hasMessage("no route or mount named 'nothing' takes the parameters [id]");
        HttpScope scope = new HttpScope("GET", "/x", "/x", "", "1.1", "http", "", Headers.EMPTY, Connection.IN_PROCESS);
        assertThatThrownBy(() -> new Request(scope, CompletableFuture::new, Map.of()).urlFor("item"))
                .isInstanceOf(NoMatchFound.class); // a request no application drives knows no names
    }
}
