package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.middleware.Cors;
import io.griddle.routing.Endpoint;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Middleware and exception handlers of a router apply to its routes only; App.addMiddleware takes both forms. */
class RouterMiddlewareTest {

    static final class OutOfStock extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        OutOfStock(String what) {
            super(what);
        }
    }

    static final class Shop {
        @Get("/burgers/{name}")
        public Map<String, String> burger(@Path String name) {
            if (name.equals("veggie")) {
                throw new OutOfStock(name);
            }
            if (name.equals("secret")) {
                throw new HttpError(404, "No such burger");
            }
            return Map.of("name", name);
        }
    }

    static final class Public {
        @Get("/sold-out")
        public Map<String, String> soldOut() {
            throw new OutOfStock("everything");
        }

        @Get("/hello")
        public Map<String, String> hello() {
            return Map.of("hello", "world");
        }
    }

    @Test
    void aRoutersMiddlewareAndHandlersApplyToItsRoutesOnlyOuterRoutersFirst() {
        List<String> order = new CopyOnWriteArrayList<>();
        ApiRouter inner = ApiRouter.create()
                .prefix("/shop")
                .use((request, next) -> {
                    order.add("inner " + request.path());
                    return next.handle(request).thenApply(r -> r.header("x-router", "shop"));
                })
                .exceptionHandler(
                        OutOfStock.class,
                        (request, e) -> Response.json(Map.of("detail", e.getMessage() + " is sold out"))
                                .status(409))
                .include(new Shop());
        ApiRouter outer = ApiRouter.create()
                .prefix("/api")
                .use((request, next) -> {
                    order.add("outer " + request.path());
                    return next.handle(request);
                })
                .include(inner);
        App app = App.create()
                .use((request, next) -> {
                    order.add("app " + request.path());
                    return next.handle(request);
                })
                .exceptionHandler(
                        OutOfStock.class,
                        (request, e) -> Response.text("app: " + e.getMessage()).status(503))
                .include(outer)
                .include(new Public());
        try (TestClient client = TestClient.of(app)) {
            TestResponse ok = client.get("/api/shop/burgers/classic");
            assertThat(ok.json()).isEqualTo(Map.of("name", "classic"));
            assertThat(ok.header("x-router")).isEqualTo("shop");
            assertThat(order)
                    .containsExactly(
                            "app /api/shop/burgers/classic",
                            "outer /api/shop/burgers/classic",
                            "inner /api/shop/burgers/classic");

            TestResponse soldOut = client.get("/api/shop/burgers/veggie");
            assertThat(soldOut.status()).isEqualTo(409);
            assertThat(soldOut.json()).isEqualTo(Map.of("detail", "veggie is sold out"));
            assertThat(soldOut.header("x-router")).isEqualTo("shop"); // the handler answered inside the middleware

            TestResponse notFound = client.get("/api/shop/burgers/secret"); // not the router's: the app's answer
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.json()).isEqualTo(Map.of("detail", "No such burger"));

            order.clear();
            TestResponse elsewhere = client.get("/sold-out");
            assertThat(elsewhere.status()).isEqualTo(503);
            assertThat(elsewhere.text()).isEqualTo("app: everything");
            assertThat(elsewhere.header("x-router")).isNull();
            assertThat(client.get("/hello").header("x-router")).isNull();
            assertThat(order).containsExactly("app /sold-out", "app /hello");
        }
    }

    @Test
    void aWrappedRouteKeepsItsKind() {
        App app = App.create()
                .include(ApiRouter.create()
                        .use((request, next) -> next.handle(request))
                        .include(new Public()));
        assertThat(app.web().routes().stream()
                        .filter(r -> r.path().template().equals("/hello"))
                        .findFirst()
                        .orElseThrow()
                        .endpoint()
                        .kind())
                .isEqualTo(Endpoint.Kind.BLOCKING);
    }

    @Test
    void addMiddlewareTakesBuiltInPureMiddleware() {
        App app = App.create()
                .addMiddleware(
                        Cors.builder().allowOrigins("https://shop.example").build())
                .addMiddleware((request, next) -> next.handle(request).thenApply(r -> r.header("x-inner", "1")))
                .include(new Public());
        try (TestClient client = TestClient.of(app)) {
            TestResponse response = client.request("GET", "/hello")
                    .header("origin", "https://shop.example")
                    .send();
            assertThat(response.header("access-control-allow-origin")).isEqualTo("https://shop.example");
            assertThat(response.header("x-inner")).isEqualTo("1");
        }
    }
}
