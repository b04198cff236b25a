package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Callbacks;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.Put;
import io.griddle.test.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code @Callbacks}: the requests an operation makes back, documented on it by name, never served. */
class CallbacksTest {

    record Event(String kind) {}

    record Ack(boolean ok) {}

    static final class EventCallbacks {
        @Post("{$request.query.url}/events")
        public Ack eventSent(@Body Event event) {
            return null;
        }

        @Put("{$request.query.url}/events")
        public Ack eventReplaced(@Body Event event) {
            return null;
        }
    }

    static final class NoConstructor {
        NoConstructor(String unused) {}
    }

    @SuppressWarnings("unused")
    static final class Subscriptions {
        @Callbacks(EventCallbacks.class)
        @Get("/subscribe")
        public String subscribe() {
            return "ok";
        }
    }

    @SuppressWarnings("unused")
    static final class Broken {
        @Callbacks(NoConstructor.class)
        @Get("/broken")
        public String broken() {
            return "broken";
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void callbacksAreDocumentedByNameAndExpressionWithTheirSchemas() {
        try (TestClient client = TestClient.of(App.create().include(new Subscriptions()))) {
            Map<String, Object> document =
                    (Map<String, Object>) client.get("/openapi.json").json();
            Map<String, Object> subscribe = (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) document.get("paths")).get("/subscribe")).get("get");
            Map<String, Object> callbacks = (Map<String, Object>) subscribe.get("callbacks");

            assertThat(callbacks).containsOnlyKeys("eventSent", "eventReplaced");
            assertThat((Map<String, Object>) callbacks.get("eventSent"))
                    .containsOnlyKeys("{$request.query.url}/events");
            assertThat((Map<String, Object>)
                            ((Map<String, Object>) callbacks.get("eventReplaced")).get("{$request.query.url}/events"))
                    .containsOnlyKeys("put");
            // The operation itself reads nothing, but its callbacks' 422 refers to the validation schemas: defined.
            assertThat(subscribe.get("responses"))
                    .isEqualTo(Map.of(
                            "200",
                            Map.of(
                                    "description",
                                    "Successful Response",
                                    "content",
                                    Map.of(
                                            "application/json",
                                            Map.of(
                                                    "schema",
                                                    Map.of(
                                                            "type",
                                                            "string",
                                                            "title",
                                                            "Response Subscribe Subscribe Get"))))));
            assertThat((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas"))
                    .containsKeys("Event", "Ack", "HTTPValidationError", "ValidationError");
            assertThat(client.post("/events", Map.of("kind", "x")).status()).isEqualTo(404);
        }
    }

    @Test
    void swaggerParserReadsTheCallbacks() {
        String json;
        try (TestClient client = TestClient.of(App.create().include(new Subscriptions()))) {
            json = client.get("/openapi.json").text();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths().get("/subscribe").getGet().getCallbacks())
                .containsOnlyKeys("eventSent", "eventReplaced");
    }

    @Test
    void aCallbackClassWithoutANoArgumentConstructorFailsWhenDeclared() {
        assertThatThrownBy(() -> App.create().include(new Broken()))
                .hasStackTraceContaining("needs a no-argument constructor");
    }
}
