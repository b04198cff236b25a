package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.test.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code App.webhooks}: documented under {@code webhooks} by event name, never served. */
class WebhooksTest {

    record Order(String id, int total) {}

    @SuppressWarnings("unused")
    static final class OrderWebhooks {
        @Post("order-paid")
        public void orderPaid(@Body Order order) {}

        @Post("order-cancelled")
        public void orderCancelled(@Body Order order) {}
    }

    @SuppressWarnings("unused")
    static final class Ping {
        @Get("/ping")
        public String ping() {
            return "pong";
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void webhooksAreDocumentedByEventNameWithTheirBodiesSchemas() {
        try (TestClient client =
                TestClient.of(App.create().webhooks(new OrderWebhooks()).include(new Ping()))) {
            Map<String, Object> document =
                    (Map<String, Object>) client.get("/openapi.json").json();

            assertThat(document).containsKeys("paths", "webhooks");
            assertThat((Map<String, Object>) document.get("paths")).containsOnlyKeys("/ping");
            Map<String, Object> webhooks = (Map<String, Object>) document.get("webhooks");
            assertThat(webhooks).containsOnlyKeys("order-paid", "order-cancelled");
            assertThat(((Map<String, Object>) ((Map<String, Object>) webhooks.get("order-paid")).get("post")))
                    .containsEntry("operationId", "orderPaidorder_paid_post")
                    .containsKey("requestBody");
            assertThat((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas"))
                    .containsKeys("Order", "HTTPValidationError");
            assertThat(client.post("/order-paid", Map.of("id", "1", "total", 3)).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void withoutWebhooksTheDocumentHasNoWebhooksKey() {
        try (TestClient client = TestClient.of(App.create().include(new Ping()))) {
            assertThat(client.get("/openapi.json").text()).doesNotContain("webhooks");
        }
    }

    @Test
    void swaggerParserReadsTheWebhooks() {
        String json;
        try (TestClient client =
                TestClient.of(App.create().webhooks(new OrderWebhooks()).include(new Ping()))) {
            json = client.get("/openapi.json").text();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getWebhooks()).containsOnlyKeys("order-paid", "order-cancelled");
    }
}
