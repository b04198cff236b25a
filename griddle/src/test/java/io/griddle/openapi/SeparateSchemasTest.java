package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A record read from requests and sent in responses gets {@code X-Input} and {@code X-Output} schemas when the two
 * differ, and one {@code X} schema when they do not (defaults alone do not make them differ, as with Pydantic's
 * default configuration).
 */
class SeparateSchemasTest {

    record Plain(
            String name,
            Optional<String> description,
            @Default("[]") List<String> tags) {}

    record Account(
            String name,

            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
            String password) {}

    record Line(String product, int quantity, double price) {
        @JsonProperty("total")
        public double total() {
            return quantity * price;
        }
    }

    record Order(String customer, List<Line> lines) {}

    record OnlyOut(String name) {
        @JsonProperty
        public int length() {
            return name.length();
        }
    }

    static final class Api {
        @Post("/plain")
        public Plain plain(@Body Plain plain) {
            return plain;
        }

        @Post("/accounts")
        public Account account(@Body Account account) {
            return account;
        }

        @Post("/orders")
        public Order order(@Body Order order) {
            return order;
        }

        @Get("/only-out")
        public OnlyOut onlyOut() {
            return new OnlyOut("abc");
        }
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    private static JsonNode document() {
        try (TestClient client = TestClient.of(App.create().include(new Api()))) {
            return tree(client.get("/openapi.json").text());
        }
    }

    @Test
    void recordsThatDifferAreSplitAndTheOthersAreNot() {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.propertyNames())
                .contains(
                        "Plain",
                        "Account-Input",
                        "Account-Output",
                        "Order-Input",
                        "Order-Output",
                        "Line-Input",
                        "Line-Output",
                        "OnlyOut")
                .doesNotContain("Account", "Order", "Line", "Plain-Input", "OnlyOut-Output");

        assertThat(schemas.path("Account-Input")).isEqualTo(tree("""
                {"type":"object","properties":{"name":{"type":"string","title":"Name"},
                 "password":{"type":"string","title":"Password"}},"required":["name","password"],"title":"Account"}"""));
        assertThat(schemas.path("Account-Output")).isEqualTo(tree("""
                {"type":"object","properties":{"name":{"type":"string","title":"Name"}},"required":["name"],"title":"Account"}"""));
        assertThat(schemas.path("Line-Output").path("properties").path("total")).isEqualTo(tree("""
                {"type":"number","title":"Total","readOnly":true}"""));
        assertThat(schemas.path("Line-Output").path("required"))
                .isEqualTo(tree("[\"product\",\"quantity\",\"price\",\"total\"]"));
        assertThat(schemas.path("Line-Input").path("properties").has("total")).isFalse();
        assertThat(schemas.path("Order-Input").path("properties").path("lines").path("items"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Line-Input\"}"));
        assertThat(schemas.path("Order-Output").path("properties").path("lines").path("items"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Line-Output\"}"));
        assertThat(schemas.path("OnlyOut").path("required")).isEqualTo(tree("[\"name\",\"length\"]"));

        JsonNode orders = document.path("paths").path("/orders").path("post");
        assertThat(orders.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Order-Input\"}"));
        assertThat(orders.path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Order-Output\"}"));
        assertThat(document.path("paths")
                        .path("/plain")
                        .path("post")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Plain\"}"));
    }

    @Test
    void withoutSeparationEveryRecordHasOneSchemaItsInputOne() {
        JsonNode document;
        try (TestClient client =
                TestClient.of(App.create().separateInputOutputSchemas(false).include(new Api()))) {
            document = tree(client.get("/openapi.json").text());
        }
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.propertyNames())
                .contains("Plain", "Account", "Order", "Line", "OnlyOut")
                .noneMatch(name -> name.endsWith("-Input") || name.endsWith("-Output"));
        // The input schema everywhere: the write-only password listed, the computed total not.
        assertThat(schemas.path("Account").path("required")).isEqualTo(tree("[\"name\",\"password\"]"));
        assertThat(schemas.path("Line").path("properties").has("total")).isFalse();
        assertThat(schemas.path("OnlyOut").path("properties").has("length")).isFalse();
        assertThat(document.path("paths")
                        .path("/orders")
                        .path("post")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Order\"}"));
    }

    @Test
    void theChoiceIsRefusedOnceTheDocumentIsMade() {
        App app = App.create().include(new Api());
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/openapi.json").status()).isEqualTo(200);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.separateInputOutputSchemas(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already made");
    }

    @Test
    void whatIsSentMatchesTheOutputSchema() {
        try (TestClient client = TestClient.of(App.create().include(new Api()))) {
            assertThat(client.post("/accounts", Map.of("name", "a", "password", "secret"))
                            .json())
                    .isEqualTo(Map.of("name", "a"));
            assertThat(tree(client.post(
                                    "/orders",
                                    Map.of(
                                            "customer",
                                            "c",
                                            "lines",
                                            List.of(Map.of("product", "p", "quantity", 2, "price", 1.5))))
                            .text()))
                    .isEqualTo(tree("""
                            {"customer":"c","lines":[{"product":"p","quantity":2,"price":1.5,"total":3.0}]}"""));
        }
    }
}
