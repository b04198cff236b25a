package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Response;
import io.griddle.http.SetCookie;
import io.griddle.responses.HtmlResponse;
import io.griddle.responses.JsonResponse;
import io.griddle.responses.PlainTextResponse;
import io.griddle.responses.RawJsonResponse;
import io.griddle.responses.RedirectResponse;
import io.griddle.responses.ResponseRenderer;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** @ResponseClass (FastAPI's response_class), served and documented, and the Response parameter. */
class ResponseClassTest {

    /** A response class of an application's own. */
    public static final class CsvResponse implements ResponseRenderer {
        @Override
        public String mediaType() {
            return "text/csv";
        }

        @Override
        public Map<String, Object> schema() {
            return Map.of("type", "string", "format", "csv");
        }

        @Override
        public Response render(Object value, int status) {
            return Response.bytes(value.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                    .status(status);
        }
    }

    record Item(String name) {}

    @SuppressWarnings("unused")
    static final class Routes {
        @ResponseClass(HtmlResponse.class)
        @Get("/html")
        String html() {
            return "<h1>Hi</h1>";
        }

        @ResponseClass(HtmlResponse.class)
        @Get("/html-direct")
        Response htmlDirect() {
            return Response.html("<p>direct</p>").status(203);
        }

        @ResponseClass(PlainTextResponse.class)
        @Get("/text")
        CompletionStage<String> text() {
            return CompletableFuture.completedFuture("Hello World");
        }

        @ResponseClass(RedirectResponse.class)
        @Get("/go")
        String go() {
            return "https://example.com/a b";
        }

        @ResponseClass(RedirectResponse.class)
        @StatusCode(302)
        @Get("/found")
        String found() {
            return "https://docs.example.com/";
        }

        @ResponseClass(RawJsonResponse.class)
        @Get("/raw")
        byte[] raw() {
            return "[{\"item_id\":\"Foo\"}]".getBytes(StandardCharsets.UTF_8);
        }

        @ResponseClass(CsvResponse.class)
        @StatusCode(201)
        @Get("/csv")
        String csv() {
            return "a,b";
        }

        @ResponseClass(JsonResponse.class)
        @Get("/json")
        Item json() {
            return new Item("x");
        }

        @Get("/cookie")
        Map<String, String> cookie(Response response) {
            response.setCookie(SetCookie.of("fakesession", "fake-cookie-session-value"));
            response.header("X-Cat-Dog", "alone in the world");
            return Map.of("message", "Come to the dark side, we have cookies");
        }

        @StatusCode(200)
        @Put("/status/{id}")
        CompletionStage<Map<String, String>> status(@Path String id, Response response) {
            if (!id.equals("foo")) {
                response.status(201);
            }
            return CompletableFuture.completedFuture(Map.of("id", id));
        }

        @Get("/direct")
        Response direct(Response response) {
            response.header("x-ignored", "yes");
            return Response.json(Map.of("direct", true));
        }
    }

    @ResponseClass(HtmlResponse.class)
    @SuppressWarnings("unused")
    static final class HtmlByDefault {
        @Get("/page")
        String page() {
            return "<h1>Items</h1>";
        }

        @ResponseClass(JsonResponse.class)
        @Get("/data")
        List<Integer> data() {
            return List.of(1, 2);
        }
    }

    private final App app = App.create().include(new Routes()).include(new HtmlByDefault());
    private final TestClient client =
            TestClient.builder(app).followRedirects(false).build();

    @AfterEach
    void close() {
        client.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> success(String path, String method) {
        Map<String, Object> paths = (Map<String, Object>)
                client.get("/openapi.json").json(Map.class).get("paths");
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
        return (Map<String, Object>) operation.get("responses");
    }

    @Test
    void htmlAndTextRenderStringsAndAreDocumentedAsStrings() {
        TestResponse html = client.get("/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(html.text()).isEqualTo("<h1>Hi</h1>");
        assertThat(success("/html", "get"))
                .isEqualTo(Map.of(
                        "200",
                        Map.of(
                                "description",
                                "Successful Response",
                                "content",
                                Map.of("text/html", Map.of("schema", Map.of("type", "string"))))));
        TestResponse text = client.get("/text");
        assertThat(text.text()).isEqualTo("Hello World");
        assertThat(text.header("content-type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(success("/text", "get").toString()).contains("text/plain={schema={type=string}}");
    }

    @Test
    void aReturnedResponseIsSentAsItIs() {
        TestResponse response = client.get("/html-direct");
        assertThat(response.status()).isEqualTo(203);
        assertThat(response.text()).isEqualTo("<p>direct</p>");
    }

    @Test
    void redirectsAre307UnlessTheStatusSaysOtherwiseAndHaveNoContent() {
        TestResponse go = client.get("/go");
        assertThat(go.status()).isEqualTo(307);
        assertThat(go.header("location")).isEqualTo("https://example.com/a%20b");
        assertThat(success("/go", "get")).isEqualTo(Map.of("307", Map.of("description", "Successful Response")));
        TestResponse found = client.get("/found");
        assertThat(found.status()).isEqualTo(302);
        assertThat(found.header("location")).isEqualTo("https://docs.example.com/");
        assertThat(success("/found", "get")).isEqualTo(Map.of("302", Map.of("description", "Successful Response")));
    }

    @Test
    void rawJsonGoesOutUntouched() {
        TestResponse raw = client.get("/raw");
        assertThat(raw.header("content-type")).isEqualTo("application/json");
        assertThat(raw.text()).isEqualTo("[{\"item_id\":\"Foo\"}]");
    }

    @Test
    void aCustomClassRendersAndDocumentsItself() {
        TestResponse csv = client.get("/csv");
        assertThat(csv.status()).isEqualTo(201);
        assertThat(csv.text()).isEqualTo("a,b");
        assertThat(success("/csv", "get"))
                .isEqualTo(Map.of(
                        "201",
                        Map.of(
                                "description",
                                "Successful Response",
                                "content",
                                Map.of("text/csv", Map.of("schema", Map.of("type", "string", "format", "csv"))))));
    }

    @Test
    void aControllerDefaultAppliesUnlessAMethodOverridesIt() {
        assertThat(client.get("/page").header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(client.get("/data").json()).isEqualTo(List.of(1, 2));
        assertThat(client.get("/json").json()).isEqualTo(Map.of("name", "x"));
        assertThat(success("/data", "get").toString()).contains("application/json");
    }

    @Test
    void aResponseParameterCarriesCookiesHeadersAndStatus() {
        TestResponse response = client.get("/cookie");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("message", "Come to the dark side, we have cookies"));
        assertThat(response.headers().getAll("set-cookie"))
                .containsExactly("fakesession=fake-cookie-session-value; Path=/; SameSite=lax");
        assertThat(response.header("x-cat-dog")).isEqualTo("alone in the world");
        assertThat(client.request("PUT", "/status/foo").send().status()).isEqualTo(200);
        TestResponse created = client.request("PUT", "/status/bar").send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(Map.of("id", "bar"));
        TestResponse direct = client.get("/direct");
        assertThat(direct.header("x-ignored")).isNull();
        assertThat(direct.json()).isEqualTo(Map.of("direct", true));
    }

    @Test
    void aRendererOfTheWrongValueFails() {
        assertThatThrownBy(() -> new HtmlResponse().render(Map.of(), 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HtmlResponse renders text or bytes");
    }
}
