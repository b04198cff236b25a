package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shop documents itself: its routes at /openapi.json, browsable offline at /docs and /redoc. */
class OpenApiTest {

    @Test
    void theShopsDocumentListsItsRoutes() {
        try (TestClient client = TestClient.of(BurgerShop.app())) {
            JsonNode document =
                    Json.mapper().readTree(client.get("/openapi.json").text());

            assertThat(document.path("info").path("title").stringValue()).isEqualTo("Burger shop");
            assertThat(document.path("info").path("version").stringValue()).isEqualTo("1.0.0");
            List<String> paths = new ArrayList<>();
            document.path("paths").propertyNames().forEach(paths::add);
            assertThat(paths)
                    .containsExactlyInAnyOrder(
                            "/quick",
                            "/task",
                            "/task-threadpool",
                            "/task-blocking-in-async",
                            "/burgers",
                            "/burgers/{number}",
                            "/orders",
                            "/orders/{id}/events");
            JsonNode burger = document.path("paths").path("/burgers/{number}").path("get");
            assertThat(burger.path("operationId").stringValue()).isEqualTo("burger_burgers__number__get");
            assertThat(burger.path("parameters").get(0)).isEqualTo(Json.mapper().readTree("""
                    {"name":"number","in":"path","required":true,"schema":{"type":"integer","title":"Number"}}"""));
            assertThat(burger.path("responses")
                            .path("200")
                            .path("content")
                            .path("application/json")
                            .path("schema")
                            .path("$ref")
                            .stringValue())
                    .isEqualTo("#/components/schemas/Burger");
            JsonNode task = document.path("paths")
                    .path("/task")
                    .path("get")
                    .path("parameters")
                    .get(0);
            assertThat(task.path("schema").path("default").doubleValue()).isEqualTo(20.0);
            JsonNode events = document.path("paths")
                    .path("/orders/{id}/events")
                    .path("get")
                    .path("responses")
                    .path("200")
                    .path("content");
            assertThat(events.has("text/event-stream")).isTrue();
            assertThat(client.get("/docs").status()).isEqualTo(200);
            assertThat(client.get("/redoc").status()).isEqualTo(200);
        }
    }
}
