package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records read as groups of query, header, cookie or form values; {@link ForbidExtra}; {@code convertUnderscores}. */
class ParameterModelsTest {

    record Page(
            @Default("10") @Min(1) @Max(50) int size,
            @Default({}) List<Integer> ids,
            Optional<String> q) {}

    @ForbidExtra
    record StrictPage(
            @Default("10") int size,
            @JsonProperty("sort-by") Optional<String> sortBy) {}

    record Client(String user_agent, @Default("false") boolean save_data) {}

    @ForbidExtra
    record Session(String session_id) {}

    @ForbidExtra
    record Login(String username, String password) {}

    @SuppressWarnings("unused")
    static final class Routes {
        @Get("/page")
        Page page(@Query Page page) {
            return page;
        }

        @Get("/strict")
        StrictPage strict(@Query StrictPage page) {
            return page;
        }

        @Get("/client")
        Client client(@Header Client client) {
            return client;
        }

        @Get("/raw-header")
        Map<String, Object> rawHeader(@Header(convertUnderscores = false) String x_raw) {
            return Map.of("x_raw", x_raw);
        }

        @Get("/session")
        Session session(@Cookie Session session) {
            return session;
        }

        @Post("/login")
        Login login(@Form Login login) {
            return login;
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Routes()));

    @AfterEach
    void close() {
        client.close();
    }

    private static Object json(String text) {
        return io.griddle.http.Json.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Object.class);
    }

    private static void assertJson(TestResponse response, int status, String expected) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.json()).isEqualTo(json(expected));
    }

    @Test
    void queryComponentsConvertWithTheirDefaultsAndRepeatedValues() {
        assertJson(client.get("/page?size=5&ids=1&ids=2&q=x&other=ignored"), 200, """
                {"size": 5, "ids": [1, 2], "q": "x"}""");
        assertJson(client.get("/page"), 200, """
                {"size": 10, "ids": [], "q": null}""");
    }

    @Test
    void everyBadComponentIsAnIssueAtItsQueryName() {
        assertJson(client.get("/page?size=99&ids=1&ids=x"), 422, """
                {"detail": [
                  {"type": "less_than_equal", "loc": ["query", "size"], "msg": "Input should be less than or equal to 50",
                   "input": "99", "ctx": {"le": 50}},
                  {"type": "int_parsing", "loc": ["query", "ids", 1],
                   "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "x"}]}""");
    }

    @Test
    void forbidExtraRefusesEachOtherValueAfterTheFieldIssues() {
        assertJson(client.get("/strict?sort-by=name&size=3"), 200, """
                {"size": 3, "sort-by": "name"}""");
        assertJson(client.get("/strict?size=a&tool=x&more=1&more=2"), 422, """
                {"detail": [
                  {"type": "int_parsing", "loc": ["query", "size"],
                   "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "a"},
                  {"type": "extra_forbidden", "loc": ["query", "tool"], "msg": "Extra inputs are not permitted",
                   "input": "x"},
                  {"type": "extra_forbidden", "loc": ["query", "more"], "msg": "Extra inputs are not permitted",
                   "input": ["1", "2"]}]}""");
    }

    @Test
    void headerComponentsAreReadWithHyphensAndMissingOnesShowWhatWasSent() {
        TestResponse ok = client.request("GET", "/client")
                .header("User-Agent", "curl")
                .header("save-data", "on")
                .send();
        assertJson(ok, 200, """
                {"user_agent": "curl", "save_data": true}""");
        assertJson(client.request("GET", "/client").header("x-other", "1").send(), 422, """
                {"detail": [{"type": "missing", "loc": ["header", "user_agent"], "msg": "Field required",
                  "input": {"save_data": false, "x-other": "1"}}]}""");
    }

    @Test
    void convertUnderscoresFalseKeepsTheJavaName() {
        assertJson(client.request("GET", "/raw-header").header("x_raw", "a").send(), 200, """
                {"x_raw": "a"}""");
        assertThat(client.request("GET", "/raw-header")
                        .header("x-raw", "a")
                        .send()
                        .status())
                .isEqualTo(422);
    }

    @Test
    void cookieModelForbidsOtherCookies() {
        assertJson(
                client.request("GET", "/session")
                        .header("cookie", "session_id=1")
                        .send(),
                200,
                """
                {"session_id": "1"}""");
        assertJson(
                client.request("GET", "/session")
                        .header("cookie", "session_id=1; track=me")
                        .send(),
                422,
                """
                {"detail": [{"type": "extra_forbidden", "loc": ["cookie", "track"],
                  "msg": "Extra inputs are not permitted", "input": "me"}]}""");
    }

    @Test
    void formRecordForbidsOtherFields() {
        assertJson(
                client.request("POST", "/login")
                        .form(Map.of("username", "a", "password", "b"))
                        .send(),
                200,
                """
                {"username": "a", "password": "b"}""");
        assertJson(
                client.request("POST", "/login")
                        .form(Map.of("username", "a", "extra", "c"))
                        .send(),
                422,
                """
                {"detail": [
                  {"type": "missing", "loc": ["body", "password"], "msg": "Field required",
                   "input": {"username": "a", "extra": "c"}},
                  {"type": "extra_forbidden", "loc": ["body", "extra"], "msg": "Extra inputs are not permitted",
                   "input": "c"}]}""");
    }

    @Test
    void theDocumentListsEachComponentAsAParameter() {
        @SuppressWarnings("unchecked")
        Map<String, Object> document =
                (Map<String, Object>) client.get("/openapi.json").json();
        Object parameters = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) document.get("paths")).get("/client")).get("get"))
                .get("parameters");
        assertThat(parameters).isEqualTo(json("""
                [{"name": "user-agent", "in": "header", "required": true,
                  "schema": {"type": "string", "title": "User Agent"}},
                 {"name": "save-data", "in": "header", "required": false,
                  "schema": {"type": "boolean", "default": false, "title": "Save Data"}}]"""));
        Object strict = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) document.get("paths")).get("/strict")).get("get"))
                .get("parameters");
        assertThat(strict).isEqualTo(json("""
                [{"name": "size", "in": "query", "required": false,
                  "schema": {"type": "integer", "default": 10, "title": "Size"}},
                 {"name": "sort-by", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Sort-By"}}]"""));
        Object login = ((Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas")).get("Login");
        assertThat(((Map<?, ?>) login).get("additionalProperties")).isEqualTo(false);
    }
}
