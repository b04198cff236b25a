package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Header;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Put;
import io.griddle.Query;
import io.griddle.StatusCode;
import io.griddle.http.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTest {

    enum Size2 {
        small,
        medium,
        large
    }

    record Tag(String name) {}

    record Item(
            @NotBlank String name,
            @Positive double price,
            Optional<String> description,
            List<Tag> tags,
            Size2 size,
            UUID id,
            LocalDate added) {}

    record Status2(String status) {}

    static final class Token {
        String provide(@Header("x-token") String token) {
            return token;
        }
    }

    @SuppressWarnings("unused")
    static final class Items {
        @Get("/ping")
        Status2 ping() {
            return new Status2("ok");
        }

        @Get("/items/{item_id}")
        Item readItem(@Path("item_id") int itemId, @Query Optional<String> q) {
            return null;
        }

        @StatusCode(201)
        @Post("/items")
        Item createItem(@Body Item item) {
            return item;
        }

        @Put("/items/{item_id}")
        Map<String, Object> updateItem(@Path int item_id, @Body Item item, @Body("importance") int importance) {
            return Map.of();
        }

        @Get("/search")
        List<Item> search(
                @Query @Size(min = 3, max = 50) @Pattern(regexp = "^fixed.*$") String q,
                @Query @Min(1) @Max(100) @Default("10") int limit,
                @Query @DecimalMin(value = "0.5", inclusive = false) Optional<Double> ratio,
                @Query List<String> tag,
                @Query @Default("medium") Size2 size) {
            return List.of();
        }

        @Get("/sizes/{size}")
        String size(@Path Size2 size) {
            return size.name();
        }

        @Get("/burgers/{number:int}")
        String burger(@Path int number) {
            return "";
        }

        @Get("/secure")
        String secure(@Depends(Token.class) String token, @Header Optional<String> user_agent) {
            return token;
        }
    }

    private static TestClient client;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        App app = App.create()
                .title("Burger shop")
                .version("1.0.0")
                .description("Burgers, cooked concurrently.")
                .include(new Items())
                .include("/api", new Prefixed());
        client = TestClient.of(app);
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        document = tree(response.text());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    static final class Prefixed {
        @Get("/users/{user_id}")
        String readUser(@Path String user_id) {
            return user_id;
        }
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    private static JsonNode operation(String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isObject())
                .as(method + " " + path + " in " + document.path("paths"))
                .isTrue();
        return operation;
    }

    @Test
    void documentHeaderAndInfo() {
        assertThat(document.path("openapi").stringValue()).isEqualTo("3.1.0");
        assertThat(document.path("info")).isEqualTo(tree("""
                {"title":"Burger shop","description":"Burgers, cooked concurrently.","version":"1.0.0"}"""));
    }

    @Test
    void operationIdsFollowFastApisRuleWithJavaNames() {
        List<String> ids = new ArrayList<>();
        document.path("paths")
                .forEach(item -> item.forEach(
                        operation -> ids.add(operation.path("operationId").stringValue())));
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "ping_ping_get",
                        "readItem_items__item_id__get",
                        "createItem_items_post",
                        "updateItem_items__item_id__put",
                        "search_search_get",
                        "size_sizes__size__get",
                        "burger_burgers__number__get",
                        "secure_secure_get",
                        "readUser_api_users__user_id__get");
        assertThat(operation("/items/{item_id}", "get").path("summary").stringValue())
                .isEqualTo("Read Item");
        assertThat(operation("/ping", "get").path("summary").stringValue()).isEqualTo("Ping");
    }

    @Test
    void converterSyntaxIsNotInOpenApiPaths() {
        assertThat(document.path("paths").has("/burgers/{number}")).isTrue();
        assertThat(document.path("paths").has("/burgers/{number:int}")).isFalse();
        assertThat(document.path("paths").has("/api/users/{user_id}")).isTrue();
    }

    @Test
    void getWithPathAndOptionalQuery() {
        assertThat(operation("/items/{item_id}", "get")).isEqualTo(tree("""
                {"summary":"Read Item","operationId":"readItem_items__item_id__get",
                 "parameters":[
                   {"name":"item_id","in":"path","required":true,"schema":{"type":"integer","title":"Item Id"}},
                   {"name":"q","in":"query","required":false,
                    "schema":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Q"}}],
                 "responses":{
                   "200":{"description":"Successful Response",
                          "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}}},
                   "422":{"description":"Validation Error",
                          "content":{"application/json":{"schema":{"$ref":"#/components/schemas/HTTPValidationError"}}}}}}
                """));
    }

    @Test
    void routeWithoutParametersHasNo422() {
        assertThat(operation("/ping", "get")).isEqualTo(tree("""
                {"summary":"Ping","operationId":"ping_ping_get",
                 "responses":{"200":{"description":"Successful Response",
                   "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Status2"}}}}}}
                """));
    }

    @Test
    void postWithBodyAndStatus() {
        assertThat(operation("/items", "post")).isEqualTo(tree("""
                {"summary":"Create Item","operationId":"createItem_items_post",
                 "requestBody":{"required":true,
                   "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}}},
                 "responses":{
                   "201":{"description":"Successful Response",
                          "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}}},
                   "422":{"description":"Validation Error",
                          "content":{"application/json":{"schema":{"$ref":"#/components/schemas/HTTPValidationError"}}}}}}
                """));
    }

    @Test
    void severalBodiesAreEmbeddedInABodySchema() {
        JsonNode put = operation("/items/{item_id}", "put");
        assertThat(put.path("requestBody")).isEqualTo(tree("""
                {"required":true,"content":{"application/json":{"schema":
                  {"$ref":"#/components/schemas/Body_updateItem_items__item_id__put"}}}}"""));
        assertThat(document.path("components").path("schemas").path("Body_updateItem_items__item_id__put"))
                .isEqualTo(tree("""
                {"properties":{"item":{"$ref":"#/components/schemas/Item"},
                               "importance":{"type":"integer","title":"Importance"}},
                 "type":"object","required":["item","importance"],"title":"Body_updateItem_items__item_id__put"}"""));
        assertThat(put.path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("""
                        {"type":"object","additionalProperties":true,"title":"Response Update Item Items  Item Id  Put"}"""));
    }

    @Test
    void recordsBecomeComponentSchemas() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("Item")).isEqualTo(tree("""
                {"type":"object","properties":{
                   "name":{"type":"string","minLength":1,"title":"Name"},
                   "price":{"type":"number","exclusiveMinimum":0,"title":"Price"},
                   "description":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Description"},
                   "tags":{"type":"array","items":{"$ref":"#/components/schemas/Tag"},"title":"Tags"},
                   "size":{"$ref":"#/components/schemas/Size2"},
                   "id":{"type":"string","format":"uuid","title":"Id"},
                   "added":{"type":"string","format":"date","title":"Added"}},
                 "required":["name","price","tags","size","id","added"],"title":"Item"}"""));
        assertThat(schemas.path("Tag")).isEqualTo(tree("""
                {"type":"object","properties":{"name":{"type":"string","title":"Name"}},"required":["name"],"title":"Tag"}"""));
        assertThat(schemas.path("Size2")).isEqualTo(tree("""
                {"type":"string","enum":["small","medium","large"],"title":"Size2"}"""));
    }

    @Test
    void constraintsDefaultsListsAndEnumsInParameters() {
        assertThat(operation("/search", "get").path("parameters")).isEqualTo(tree("""
                [{"name":"q","in":"query","required":true,"schema":
                   {"type":"string","minLength":3,"maxLength":50,"pattern":"^fixed.*$","title":"Q"}},
                 {"name":"limit","in":"query","required":false,"schema":
                   {"type":"integer","minimum":1,"maximum":100,"title":"Limit","default":10}},
                 {"name":"ratio","in":"query","required":false,"schema":
                   {"anyOf":[{"type":"number","exclusiveMinimum":0.5},{"type":"null"}],"title":"Ratio"}},
                 {"name":"tag","in":"query","required":true,"schema":
                   {"type":"array","items":{"type":"string"},"title":"Tag"}},
                 {"name":"size","in":"query","required":false,"schema":
                   {"$ref":"#/components/schemas/Size2","default":"medium"}}]"""));
        assertThat(operation("/search", "get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("""
                {"type":"array","items":{"$ref":"#/components/schemas/Item"},"title":"Response Search Search Get"}"""));
        assertThat(operation("/sizes/{size}", "get").path("parameters").get(0)).isEqualTo(tree("""
                {"name":"size","in":"path","required":true,"schema":{"$ref":"#/components/schemas/Size2"}}"""));
    }

    @Test
    void dependencyParametersAreFlattenedIntoTheOperation() {
        // Named on the wire unlike in Java (a hyphenated header, a given name): titled as Pydantic titles an alias.
        assertThat(operation("/secure", "get").path("parameters")).isEqualTo(tree("""
                [{"name":"x-token","in":"header","required":true,"schema":{"type":"string","title":"X-Token"}},
                 {"name":"user-agent","in":"header","required":false,
                  "schema":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"User-Agent"}}]"""));
    }

    @Test
    void validationErrorSchemasAreFastApis() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("ValidationError")).isEqualTo(tree("""
                {"properties":{
                   "loc":{"items":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"array","title":"Location"},
                   "msg":{"type":"string","title":"Message"},
                   "type":{"type":"string","title":"Error Type"},
                   "input":{"title":"Input"},
                   "ctx":{"type":"object","title":"Context"}},
                 "type":"object","required":["loc","msg","type"],"title":"ValidationError"}"""));
        assertThat(schemas.path("HTTPValidationError")).isEqualTo(tree("""
                {"properties":{"detail":{"items":{"$ref":"#/components/schemas/ValidationError"},"type":"array","title":"Detail"}},
                 "type":"object","title":"HTTPValidationError"}"""));
    }

    @Test
    void theDocumentIsBuiltOnceAndServedAsTheSameBytes() {
        assertThat(client.get("/openapi.json").bytes())
                .isEqualTo(client.get("/openapi.json").bytes());
    }

    @Test
    void appWithoutRoutesParametersHasNoComponents() {
        try (TestClient bare = TestClient.of(App.create())) {
            assertThat(tree(bare.get("/openapi.json").text())).isEqualTo(tree("""
                    {"openapi":"3.1.0","info":{"title":"Griddle","version":"0.1.0"},"paths":{}}"""));
        }
    }
}
