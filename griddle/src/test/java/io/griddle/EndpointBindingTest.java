package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointBindingTest {

    record Burger(int number, String name) {}

    record Page(String sort, int limit, Integer page) {}

    record Where(String thread, boolean virtual) {
        static Where now() {
            return new Where(
                    Thread.currentThread().getName(), Thread.currentThread().isVirtual());
        }
    }

    @SuppressWarnings("unused")
    static final class Shop {

        @Get("/items/{item_id}")
        Map<String, Object> item(@Path int item_id) {
            return Map.of("item_id", item_id);
        }

        @Get("/search")
        Map<String, Object> search(@Query String q) {
            return Map.of("q", q);
        }

        @Get("/flags")
        Map<String, Object> flags(@Query boolean flag) {
            return Map.of("flag", flag);
        }

        @Get("/prices")
        Map<String, Object> prices(@Query double price, @Query float discount) {
            return Map.of("price", price, "discount", discount);
        }

        @Get("/orders/{id}")
        Map<String, Object> order(@Path UUID id, @Query long total) {
            return Map.of("id", id.toString(), "total", total);
        }

        @Get("/page")
        Page page(
                @Query Optional<String> sort,
                @Query @Default("20") int limit,
                @Query @Default("1") Optional<Integer> page) {
            return new Page(sort.orElse(null), limit, page.orElse(null));
        }

        @Get("/agent")
        Map<String, Object> agent(@Header String user_agent, @Header("X-Token") Optional<String> token) {
            return Map.of("user_agent", user_agent, "token", token.orElse("none"));
        }

        @Get("/many/{item_id}")
        Map<String, Object> many(@Path int item_id, @Query String q, @Query int size, @Header String x_token) {
            return Map.of();
        }

        @Get("/mixed/{item_id}")
        Map<String, Object> mixed(@Header String x_token, @Query int size, @Path int item_id) {
            return Map.of();
        }

        @Get("/where/async")
        CompletionStage<Where> whereAsync() {
            return CompletableFuture.completedFuture(Where.now());
        }

        @Get("/where/blocking")
        Where whereBlocking() {
            return Where.now();
        }

        @Blocking
        @Get("/where/forced-blocking")
        CompletionStage<Where> whereForcedBlocking() {
            return CompletableFuture.completedFuture(Where.now());
        }

        @NonBlocking
        @Get("/where/forced-async")
        Where whereForcedAsync() {
            return Where.now();
        }

        @Get("/burgers/{number}")
        Burger burger(@Path int number) {
            if (number != 1) {
                throw new HttpError(404, "Item not found");
            }
            return new Burger(1, "classic");
        }

        @Get("/async-burgers/{number}")
        CompletionStage<Burger> asyncBurger(@Path int number) {
            return Async.sleep(Duration.ofMillis(1)).thenApply(v -> {
                if (number != 1) {
                    throw new HttpError(404, "Item not found");
                }
                return new Burger(1, "classic");
            });
        }

        @Get("/request")
        String withRequest(Request request, @Query String q) {
            return request.method() + " " + request.path() + " " + q;
        }

        @Get("/response")
        Response response() {
            return Response.text("made by hand").status(202);
        }

        @Post("/verbs")
        String post() {
            return "POST";
        }

        @Put("/verbs")
        String put() {
            return "PUT";
        }

        @Patch("/verbs")
        String patch() {
            return "PATCH";
        }

        @Delete("/verbs")
        String delete() {
            return "DELETE";
        }

        @Options("/verbs")
        String options() {
            return "OPTIONS";
        }

        @Head("/head-only")
        String head() {
            return "HEAD";
        }
    }

    private TestClient client;

    @BeforeEach
    void start() {
        client = TestClient.of(App.create().include(new Shop()));
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static void assertUnprocessable(TestResponse response, String body) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.text()).isEqualTo(body);
    }

    // --- FastAPI's 422 bodies

    @Test
    void missingQueryParameter() {
        assertUnprocessable(
                client.get("/search"),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"q\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void pathParameterThatIsNotAnInteger() {
        assertUnprocessable(
                client.get("/items/foo"),
                "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"path\",\"item_id\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"foo\"}]}");
    }

    @Test
    void validParametersAreConverted() {
        assertThat(client.get("/items/42").text()).isEqualTo("{\"item_id\":42}");
        assertThat(client.get("/search?q=cheese+burger").text()).isEqualTo("{\"q\":\"cheese burger\"}");
        UUID id = UUID.randomUUID();
        assertThat(client.get("/orders/" + id + "?total=9999999999").json())
                .isEqualTo(Map.of("id", id.toString(), "total", 9999999999L));
    }

    @Test
    void booleanParsing() {
        for (String yes : new String[] {"true", "True", "1", "yes", "on", "t", "y"}) {
            assertThat(client.get("/flags?flag=" + yes).text()).as(yes).isEqualTo("{\"flag\":true}");
        }
        for (String no : new String[] {"false", "FALSE", "0", "no", "off", "f", "n"}) {
            assertThat(client.get("/flags?flag=" + no).text()).as(no).isEqualTo("{\"flag\":false}");
        }
        assertUnprocessable(
                client.get("/flags?flag=maybe"),
                "{\"detail\":[{\"type\":\"bool_parsing\",\"loc\":[\"query\",\"flag\"],"
                        + "\"msg\":\"Input should be a valid boolean, unable to interpret input\",\"input\":\"maybe\"}]}");
    }

    @Test
    void floatParsing() {
        assertThat(client.get("/prices?price=4.5&discount=0.5").json())
                .isEqualTo(Map.of("price", 4.5, "discount", 0.5));
        assertUnprocessable(
                client.get("/prices?price=cheap&discount=0"),
                "{\"detail\":[{\"type\":\"float_parsing\",\"loc\":[\"query\",\"price\"],"
                        + "\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"cheap\"}]}");
        assertThat(client.get("/prices?price=NaN&discount=0").status()).isEqualTo(422);
        assertThat(client.get("/prices?price=1&discount=Infinity").status()).isEqualTo(422);
        assertThat(client.get("/prices?price=1d&discount=0").status()).isEqualTo(422); // Java-only spellings
        assertThat(client.get("/prices?price=0x1p3&discount=0").status()).isEqualTo(422);
        assertThat(client.get("/prices?price=.5&discount=-1e2").status()).isEqualTo(200);
    }

    @Test
    void severalErrorsAreReportedTogether() {
        assertUnprocessable(
                client.get("/many/foo?size=big"),
                "{\"detail\":["
                        + "{\"type\":\"int_parsing\",\"loc\":[\"path\",\"item_id\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"foo\"},"
                        + "{\"type\":\"missing\",\"loc\":[\"query\",\"q\"],\"msg\":\"Field required\",\"input\":null},"
                        + "{\"type\":\"int_parsing\",\"loc\":[\"query\",\"size\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"big\"},"
                        + "{\"type\":\"missing\",\"loc\":[\"header\",\"x-token\"],\"msg\":\"Field required\",\"input\":null}"
                        + "]}");
    }

    @Test
    void errorsAreOrderedPathQueryHeaderAsFastApiDoesWhateverTheParameterOrder() {
        assertUnprocessable(
                client.get("/mixed/foo?size=big"),
                "{\"detail\":["
                        + "{\"type\":\"int_parsing\",\"loc\":[\"path\",\"item_id\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"foo\"},"
                        + "{\"type\":\"int_parsing\",\"loc\":[\"query\",\"size\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"big\"},"
                        + "{\"type\":\"missing\",\"loc\":[\"header\",\"x-token\"],\"msg\":\"Field required\",\"input\":null}"
                        + "]}");
    }

    // --- Optional, @Default, headers

    @Test
    void optionalAndDefaultParameters() {
        assertThat(client.get("/page").text()).isEqualTo("{\"sort\":null,\"limit\":20,\"page\":1}");
        assertThat(client.get("/page?sort=name&limit=5&page=3").text())
                .isEqualTo("{\"sort\":\"name\",\"limit\":5,\"page\":3}");
    }

    @Test
    void optionalParameterStillHasToConvert() {
        assertUnprocessable(
                client.get("/page?page=last"),
                "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"query\",\"page\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"last\"}]}");
    }

    @Test
    void headerNameIsTheParameterNameWithHyphens() {
        TestResponse response = client.request("GET", "/agent")
                .header("User-Agent", "griddle-test")
                .send();

        assertThat(response.json()).isEqualTo(Map.of("user_agent", "griddle-test", "token", "none"));
    }

    @Test
    void headerNameMayBeGiven() {
        TestResponse response = client.request("GET", "/agent")
                .header("user-agent", "curl")
                .header("x-token", "secret")
                .send();

        assertThat(response.json()).isEqualTo(Map.of("user_agent", "curl", "token", "secret"));
    }

    @Test
    void missingHeaderIsReportedUnderItsHyphenatedName() {
        assertUnprocessable(
                client.get("/agent"),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"header\",\"user-agent\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void requestParameterGetsTheRequest() {
        assertThat(client.get("/request?q=x").text()).isEqualTo("\"GET /request x\"");
    }

    // --- where handlers run

    private Where where(String path) {
        TestResponse response = client.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json(Where.class);
    }

    @Test
    void handlerReturningAStageRunsOnTheLoop() {
        assertThat(where("/where/async").thread()).isEqualTo("griddle-test-loop-0");
    }

    @Test
    void handlerReturningAValueRunsOnABlockingVirtualThread() {
        Where where = where("/where/blocking");

        assertThat(where.thread()).startsWith("griddle-blocking-");
        assertThat(where.virtual()).isTrue();
    }

    @Test
    void blockingAnnotationMovesAStageHandlerOffTheLoop() {
        assertThat(where("/where/forced-blocking").thread()).startsWith("griddle-blocking-");
    }

    @Test
    void nonBlockingAnnotationKeepsAValueHandlerOnTheLoop() {
        assertThat(where("/where/forced-async").thread()).isEqualTo("griddle-test-loop-0");
    }

    @Test
    void boundedBlockingPoolUsesPlatformThreads() {
        try (TestClient pooled = TestClient.builder(App.create().include(new Shop()))
                .blockingThreads(2)
                .build()) {
            Where where = pooled.get("/where/blocking").json(Where.class);

            assertThat(where.thread()).matches("griddle-blocking-\\d+");
            assertThat(where.virtual()).isFalse();
        }
    }

    // --- results and errors

    @Test
    void recordIsSerializedInDeclarationOrder() {
        TestResponse response = client.get("/burgers/1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("{\"number\":1,\"name\":\"classic\"}");
        assertThat(client.get("/async-burgers/1").text()).isEqualTo("{\"number\":1,\"name\":\"classic\"}");
    }

    @Test
    void httpErrorBecomesItsDetail() {
        for (String path : new String[] {"/burgers/2", "/async-burgers/2"}) {
            TestResponse response = client.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.text()).as(path).isEqualTo("{\"detail\":\"Item not found\"}");
        }
    }

    @Test
    void responseIsSentAsItIs() {
        TestResponse response = client.get("/response");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.text()).isEqualTo("made by hand");
    }

    @Test
    void eachMethodAnnotationAnswersItsMethod() {
        assertThat(client.request("POST", "/verbs").send().text()).isEqualTo("\"POST\"");
        assertThat(client.request("PUT", "/verbs").send().text()).isEqualTo("\"PUT\"");
        assertThat(client.request("PATCH", "/verbs").send().text()).isEqualTo("\"PATCH\"");
        assertThat(client.delete("/verbs").text()).isEqualTo("\"DELETE\"");
        assertThat(client.options("/verbs").text()).isEqualTo("\"OPTIONS\"");
        assertThat(client.head("/head-only").status()).isEqualTo(200);
        assertThat(client.get("/head-only").status()).isEqualTo(405);
        assertThat(client.get("/verbs").header("allow")).isEqualTo("DELETE, OPTIONS, PATCH, POST, PUT");
    }

    @Test
    void validationAnswerCanBeReplaced() {
        App app = App.create()
                .include(new Shop())
                .exceptionHandler(
                        RequestValidationError.class,
                        (request, e) -> Response.json(
                                        Map.of("problems", e.errors().size()))
                                .status(400));
        try (TestClient custom = TestClient.of(app)) {
            TestResponse response = custom.get("/many/foo");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text()).isEqualTo("{\"problems\":4}");
        }
    }

    @Test
    void routesMayBeMountedUnderAPrefix() {
        try (TestClient api = TestClient.of(App.create().include("/api", new Shop()))) {
            assertThat(api.get("/api/burgers/1").status()).isEqualTo(200);
            assertThat(api.get("/burgers/1").status()).isEqualTo(404);
        }
        assertThatThrownBy(() -> App.create().include("api/", new Shop())).isInstanceOf(IllegalArgumentException.class);
    }

    // --- startup errors

    @SuppressWarnings("unused")
    static final class Unannotated {
        @Get("/bad")
        String bad(String name) {
            return name;
        }
    }

    @SuppressWarnings("unused")
    static final class Undecided {
        @Blocking
        @NonBlocking
        @Get("/both")
        String both() {
            return "?";
        }
    }

    @SuppressWarnings("unused")
    static final class Unsupported {
        @Get("/list")
        String list(@Query Map<String, String> filters) {
            return "?";
        }
    }

    @Test
    void parameterWithoutAnnotationFailsAtStartupNamingTheMethod() {
        assertThatThrownBy(() -> App.create().include(new Unannotated()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unannotated.bad(name)")
                .hasMessageContaining("needs an annotation");
    }

    @Test
    void otherMistakesFailAtStartup() {
        assertThatThrownBy(() -> App.create().include(new Undecided()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both @Blocking and @NonBlocking");
        assertThatThrownBy(() -> App.create().include(new Unsupported()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unsupported.list(filters)")
                .hasMessageContaining("not supported");
        assertThatThrownBy(() -> App.create().include(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no method annotated");
    }
}
