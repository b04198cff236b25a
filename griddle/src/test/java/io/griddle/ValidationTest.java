package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Response;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationTest {

    record Item(
            @NotBlank String name,
            @Positive double price,
            @Size(max = 2) List<String> tags,
            @Email Optional<String> contact) {}

    record Booking(@Min(1) int nights, @AssertTrue boolean agreed) {}

    // A compact constructor that refuses its values: the Java form of a model validator that raises ValueError.
    record Stay(int from, int to) {
        Stay {
            if (to < from) {
                throw new IllegalArgumentException("to must not be before from");
            }
        }
    }

    @SuppressWarnings("unused")
    static final class Shop {
        @Get("/search")
        String search(@Query @Size(min = 3, max = 5) String q) {
            return q;
        }

        @Get("/items/{id}")
        int item(@Path @Min(1) @Max(1000) int id) {
            return id;
        }

        @Get("/numbers")
        String numbers(
                @Query @Positive Optional<Integer> gt,
                @Query @PositiveOrZero Optional<Integer> ge,
                @Query @Negative Optional<Integer> lt,
                @Query @DecimalMax("2.5") Optional<Double> le) {
            return "ok";
        }

        @Get("/ratio")
        String ratio(@Query @Positive double r) {
            return "ok";
        }

        @Get("/codes")
        String codes(@Query @Pattern(regexp = "^[A-Z]{3}$") String code, @Query @NotEmpty List<String> tag) {
            return code;
        }

        @Post("/items")
        Item create(@Body Item item) {
            return item;
        }

        @Post("/labels")
        List<String> labels(@Body @Size(max = 2) List<String> labels, @Query @Min(1) Optional<Integer> page) {
            return labels;
        }

        @Post("/bookings")
        Booking book(@Body Booking booking) {
            return booking;
        }

        @Post("/stays")
        Stay stay(@Body Stay stay) {
            return stay;
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Shop()));

    @AfterEach
    void stop() {
        client.close();
    }

    private static void assertUnprocessable(TestResponse response, String body) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).isEqualTo(body);
    }

    private TestResponse postJson(String path, String json) {
        return postJson(client, path, json);
    }

    private static TestResponse postJson(TestClient client, String path, String json) {
        return client.request("POST", path)
                .body(json.getBytes(StandardCharsets.UTF_8), "application/json")
                .send();
    }

    @Test
    void stringLength() {
        assertThat(client.get("/search?q=four").text()).isEqualTo("\"four\"");
        assertUnprocessable(
                client.get("/search?q=fo"),
                "{\"detail\":[{\"type\":\"string_too_short\",\"loc\":[\"query\",\"q\"],"
                        + "\"msg\":\"String should have at least 3 characters\",\"input\":\"fo\",\"ctx\":{\"min_length\":3}}]}");
        assertUnprocessable(
                client.get("/search?q=toolong"),
                "{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"query\",\"q\"],"
                        + "\"msg\":\"String should have at most 5 characters\",\"input\":\"toolong\",\"ctx\":{\"max_length\":5}}]}");
    }

    @Test
    void numberBounds() {
        assertThat(client.get("/items/7").text()).isEqualTo("7");
        assertUnprocessable(
                client.get("/items/0"),
                "{\"detail\":[{\"type\":\"greater_than_equal\",\"loc\":[\"path\",\"id\"],"
                        + "\"msg\":\"Input should be greater than or equal to 1\",\"input\":\"0\",\"ctx\":{\"ge\":1}}]}");
        assertUnprocessable(
                client.get("/items/1001"),
                "{\"detail\":[{\"type\":\"less_than_equal\",\"loc\":[\"path\",\"id\"],"
                        + "\"msg\":\"Input should be less than or equal to 1000\",\"input\":\"1001\",\"ctx\":{\"le\":1000}}]}");
        assertUnprocessable(
                client.get("/numbers?gt=0&ge=-1&lt=0&le=2.6"),
                "{\"detail\":["
                        + "{\"type\":\"greater_than\",\"loc\":[\"query\",\"gt\"],\"msg\":\"Input should be greater than 0\",\"input\":\"0\",\"ctx\":{\"gt\":0}},"
                        + "{\"type\":\"greater_than_equal\",\"loc\":[\"query\",\"ge\"],\"msg\":\"Input should be greater than or equal to 0\",\"input\":\"-1\",\"ctx\":{\"ge\":0}},"
                        + "{\"type\":\"less_than\",\"loc\":[\"query\",\"lt\"],\"msg\":\"Input should be less than 0\",\"input\":\"0\",\"ctx\":{\"lt\":0}},"
                        + "{\"type\":\"less_than_equal\",\"loc\":[\"query\",\"le\"],\"msg\":\"Input should be less than or equal to 2.5\",\"input\":\"2.6\",\"ctx\":{\"le\":2.5}}"
                        + "]}");
        assertThat(client.get("/numbers?gt=1&ge=0&lt=-1&le=2.5").status()).isEqualTo(200);
        // A float value's limit is a float in ctx, as Pydantic's float validator reports it; the message is unchanged.
        assertUnprocessable(
                client.get("/ratio?r=0"),
                "{\"detail\":[{\"type\":\"greater_than\",\"loc\":[\"query\",\"r\"],\"msg\":\"Input should be greater than 0\","
                        + "\"input\":\"0\",\"ctx\":{\"gt\":0.0}}]}");
    }

    @Test
    void patternAndNotEmptyList() {
        assertThat(client.get("/codes?code=ABC&tag=x").status()).isEqualTo(200);
        assertUnprocessable(
                client.get("/codes?code=abcd&tag=x"),
                "{\"detail\":[{\"type\":\"string_pattern_mismatch\",\"loc\":[\"query\",\"code\"],"
                        + "\"msg\":\"String should match pattern '^[A-Z]{3}$'\",\"input\":\"abcd\",\"ctx\":{\"pattern\":\"^[A-Z]{3}$\"}}]}");
    }

    @Test
    void recordComponentsAreCheckedWithTheirPlaceInTheBody() {
        assertThat(postJson("/items", "{\"name\":\"a\",\"price\":1,\"tags\":[]}")
                        .status())
                .isEqualTo(200);
        assertUnprocessable(
                postJson("/items", "{\"name\":\" \",\"price\":0,\"tags\":[\"a\",\"b\",\"c\"],\"contact\":\"nobody\"}"),
                "{\"detail\":["
                        + "{\"type\":\"string_too_short\",\"loc\":[\"body\",\"name\"],\"msg\":\"String should have at least 1 character\",\"input\":\" \",\"ctx\":{\"min_length\":1}},"
                        + "{\"type\":\"greater_than\",\"loc\":[\"body\",\"price\"],\"msg\":\"Input should be greater than 0\",\"input\":0,\"ctx\":{\"gt\":0.0}},"
                        + "{\"type\":\"too_long\",\"loc\":[\"body\",\"tags\"],\"msg\":\"List should have at most 2 items after validation, not 3\",\"input\":[\"a\",\"b\",\"c\"],\"ctx\":{\"field_type\":\"List\",\"max_length\":2,\"actual_length\":3}},"
                        + "{\"type\":\"value_error\",\"loc\":[\"body\",\"contact\"],\"msg\":\"value is not a valid email address: An email address must have an @-sign.\",\"input\":\"nobody\",\"ctx\":{\"reason\":\"An email address must have an @-sign.\"}}"
                        + "]}");
    }

    @Test
    void otherConstraintsGoThroughTheJakartaValidator() {
        assertThat(postJson("/bookings", "{\"nights\":2,\"agreed\":true}").status())
                .isEqualTo(200);
        assertUnprocessable(
                postJson("/bookings", "{\"nights\":2,\"agreed\":false}"),
                "{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\",\"agreed\"],\"msg\":\"Value error, must be true\",\"input\":false,\"ctx\":{\"error\":{}}}]}");
    }

    @Test
    void aRecordThatRefusesItsValuesIsAValueErrorWithTheExceptionAsAnEmptyObject() {
        assertThat(postJson("/stays", "{\"from\":1,\"to\":3}").status()).isEqualTo(200);
        assertUnprocessable(
                postJson("/stays", "{\"from\":3,\"to\":1}"),
                "{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\"],\"msg\":\"Value error, to must not be before from\",\"input\":{\"from\":3,\"to\":1},\"ctx\":{\"error\":{}}}]}");
    }

    @Test
    void constraintsOnTheWholeBodyAreChecked() {
        assertThat(postJson("/labels", "[\"a\",\"b\"]").json()).isEqualTo(List.of("a", "b"));
        TestResponse tooMany = postJson("/labels", "[\"a\",\"b\",\"c\"]");
        assertThat(tooMany.status()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        Map<String, Object> issue =
                ((List<Map<String, Object>>) ((Map<String, Object>) tooMany.json()).get("detail")).get(0);
        assertThat(issue)
                .containsEntry("type", "too_long")
                .containsEntry("loc", List.of("body"))
                .containsEntry("input", List.of("a", "b", "c"));
    }

    @Test
    void theValidationAnswerCanBeReplacedByAProblemDocument() {
        App app = App.create()
                .include(new Shop())
                .exceptionHandler(
                        RequestValidationError.class,
                        (request, e) -> Response.bytes(
                                        io.griddle.http.Json.write(Map.of(
                                                "title",
                                                "Bad Request",
                                                "status",
                                                400,
                                                "errors",
                                                e.errors().size())),
                                        "application/problem+json")
                                .status(400));
        try (TestClient custom = TestClient.of(app)) {
            TestResponse response = custom.get("/search?q=fo");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("content-type")).isEqualTo("application/problem+json");
            assertThat(response.json()).isEqualTo(Map.of("title", "Bad Request", "status", 400, "errors", 1));
        }
    }

    @Test
    void theErrorCarriesTheRequestBodyForCustomAnswers() {
        App app = App.create().include(new Shop()).exceptionHandler(RequestValidationError.class, (request, e) -> {
            Map<String, Object> answer = new java.util.LinkedHashMap<>();
            answer.put("detail", e.errors().size());
            answer.put("body", e.body());
            return Response.json(answer).status(422);
        });
        try (TestClient custom = TestClient.of(app)) {
            String json = "{\"name\":\"\",\"price\":-1,\"tags\":[\"a\"]}";
            assertThat(postJson(custom, "/items", json).json())
                    .isEqualTo(Map.of("detail", 2, "body", Map.of("name", "", "price", -1, "tags", List.of("a"))));
            assertThat(postJson(custom, "/items", "{oops").json()).isEqualTo(Map.of("detail", 1, "body", "{oops"));
            // A valid body with an invalid query parameter: the body is carried all the same.
            assertThat(postJson(custom, "/labels?page=0", "[\"a\"]").json())
                    .isEqualTo(Map.of("detail", 1, "body", List.of("a")));
            // A route without a body: nothing to carry.
            Map<String, Object> noBody = new java.util.HashMap<>();
            noBody.put("detail", 1);
            noBody.put("body", null);
            assertThat(custom.get("/search?q=fo").json()).isEqualTo(noBody);
        }
    }

    @Test
    void defaultHandlersCanBeCalledFromYourOwn() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        App app = App.create()
                .include(new Shop())
                .exceptionHandler(RequestValidationError.class, (request, e) -> {
                    seen.add("invalid " + e.errors().get(0).loc());
                    return ExceptionHandlers.requestValidation(request, e);
                })
                .exceptionHandler(io.griddle.http.HttpError.class, (request, e) -> {
                    seen.add("http " + e.status());
                    return ExceptionHandlers.httpError(request, e);
                });
        try (TestClient custom = TestClient.of(app)) {
            TestResponse invalid = custom.get("/search?q=fo");
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.text()).isEqualTo(client.get("/search?q=fo").text());
            TestResponse missing = custom.get("/nowhere");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.text()).isEqualTo("{\"detail\":\"Not Found\"}");
            assertThat(seen).containsExactly("invalid [query, q]", "http 404");
        }
    }

    @SuppressWarnings("unused")
    static final class OtherParameterConstraints {
        @Get("/agree")
        String agree(@Query @AssertTrue boolean flag, @Query @AssertTrue Optional<Boolean> also) {
            return "ok";
        }
    }

    @Test
    void otherConstraintsOnParametersRunTheirJakartaValidator() {
        try (TestClient custom = TestClient.of(App.create().include(new OtherParameterConstraints()))) {
            assertThat(custom.get("/agree?flag=true").status()).isEqualTo(200);
            assertThat(custom.get("/agree?flag=yes&also=true").status()).isEqualTo(200);
            // Pydantic's value_error of a validator that raised: the message, and the exception as an empty ctx.
            assertUnprocessable(
                    custom.get("/agree?flag=false&also=0"),
                    "{\"detail\":["
                            + "{\"type\":\"value_error\",\"loc\":[\"query\",\"flag\"],\"msg\":\"Value error, must be true\","
                            + "\"input\":\"false\",\"ctx\":{\"error\":{}}},"
                            + "{\"type\":\"value_error\",\"loc\":[\"query\",\"also\"],\"msg\":\"Value error, must be true\","
                            + "\"input\":\"0\",\"ctx\":{\"error\":{}}}]}");
        }
    }

    @SuppressWarnings("unused")
    static final class UnsupportedConstraint {
        @Get("/x")
        String x(@Query @AssertTrue String flag) {
            return "";
        }
    }

    @SuppressWarnings("unused")
    static final class UnsupportedElementConstraint {
        @Get("/x")
        String x(@Query List<@AssertTrue Boolean> flags) {
            return "";
        }
    }

    @Test
    void constraintsWithoutAValidatorForTheTypeFailAtStartup() {
        assertThatThrownBy(() -> App.create().include(new UnsupportedConstraint()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UnsupportedConstraint.x(flag)")
                .hasMessageContaining("@AssertTrue has no validator for String");
        assertThatThrownBy(() -> App.create().include(new UnsupportedElementConstraint()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@AssertTrue is not supported on type arguments");
    }
}
