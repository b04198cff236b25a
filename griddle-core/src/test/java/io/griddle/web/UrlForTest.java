package io.griddle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Named routes and mounts, and {@code request.urlFor} in a handler: Starlette's {@code url_for}. */
class UrlForTest {

    private static final Headers HOST = Headers.of("host", "testserver");

    private Concurrency concurrency;
    private Loop loop;

    @BeforeEach
    void setUp() {
        concurrency = Concurrency.defaults();
        loop = concurrency.startLoop("url-for-loop");
    }

    @AfterEach
    void tearDown() {
        concurrency.close();
    }

    private static final Gateway FILES = (scope, receive, send) -> Gateway.done();

    // An app whose GET /links answers the URLs its handler builds, one a line.
    private static WebApp app() {
        WebApp app = new WebApp();
        Endpoint echo = Endpoint.blocking(request -> "item");
        app.route("readItem", Set.of("GET"), "/items/{id}", echo);
        app.route("home", Set.of("GET"), "/", echo);
        app.mount("/static", FILES, "static");
        app.get(
                "/links",
                Endpoint.blocking(request -> Response.text(String.join(
                        "\n",
                        request.urlFor("readItem", Map.of("id", "foo")),
                        request.urlFor("home"),
                        request.urlFor("static", Map.of("path", "/styles.css")),
                        request.baseUrl()))));
        app.get("/missing", Endpoint.blocking(request -> request.urlFor("readItem", Map.of("name", "x"))));
        return app;
    }

    @Test
    void aHandlerBuildsAbsoluteUrlsOfNamedRoutesAndMounts() throws Exception {
        GatewayDriver.Answer answer = new GatewayDriver(app(), loop).send("GET", "/links", HOST, new byte[0]);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text())
                .isEqualTo(String.join(
                        "\n",
                        "http://testserver/items/foo",
                        "http://testserver/",
                        "http://testserver/static/styles.css",
                        "http://testserver/"));
    }

    @Test
    void underAMountTheUrlsCarryItsPrefix() throws Exception {
        WebApp parent = new WebApp().mount("/v1", app(), "v1");

        GatewayDriver.Answer answer = new GatewayDriver(parent, loop).send("GET", "/v1/links", HOST, new byte[0]);

        assertThat(answer.text())
                .isEqualTo(String.join(
                        "\n",
                        "http://testserver/v1/items/foo",
                        "http://testserver/v1/",
                        "http://testserver/v1/static/styles.css",
                        "http://testserver/v1/"));
    }

    @Test
    void anUnknownNameOrWrongParametersFailTheRequest() throws Exception {
        GatewayDriver.Answer answer = new GatewayDriver(app(), loop).send("GET", "/missing", HOST, new byte[0]);

        assertThat(answer.status()).isEqualTo(500); // a programming error, as Starlette's NoMatchFound
        assertThat(answer.text()).isEqualTo("Internal Server Error");
    }

    @Test
    void pathForLooksInRoutesThenMountsByName() {
        WebApp inner = new WebApp();
        inner.route("readItem", Set.of("GET"), "/items/{id}", Endpoint.blocking(request -> "x"));
        WebApp app = new WebApp()
                .mount("/static", FILES, "static")
                .mount("/v1", inner, "v1")
                .mount("/plain", unnamedWith("hello", "/hi"));

        assertThat(app.pathFor("static", Map.of("path", "/css/a b.css"))).isEqualTo("/static/css/a%20b.css");
        assertThat(app.pathFor("static", Map.of("path", "styles.css"))).isEqualTo("/static/styles.css");
        assertThat(app.pathFor("static", Map.of())).isNull();
        assertThat(app.pathFor("static", Map.of("path", "x", "other", "y"))).isNull();
        assertThat(app.pathFor("v1:readItem", Map.of("id", 7))).isEqualTo("/v1/items/7");
        assertThat(app.pathFor("readItem", Map.of("id", 7))).isNull(); // inside a named mount: "v1:readItem"
        assertThat(app.pathFor("hello", Map.of())).isEqualTo("/plain/hi"); // an unnamed mount's own names
        assertThat(app.pathFor("v1:nothing", Map.of())).isNull();
        assertThatThrownBy(() -> new WebApp().mount("/x", FILES, "a:b")).hasMessageContaining("no ':'");
    }

    private static WebApp unnamedWith(String name, String path) {
        WebApp app = new WebApp();
        app.route(name, Set.of("GET"), path, Endpoint.blocking(request -> "x"));
        return app;
    }
}
