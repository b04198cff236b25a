package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParametersTest {

    enum Size {
        small,
        medium,
        large
    }

    record Tags(List<String> tag, List<Integer> n) {}

    @SuppressWarnings("unused")
    static final class Shop {
        @Get("/cookie")
        Map<String, Object> cookie(@Cookie Optional<String> ads_id, @Cookie("session") String session) {
            return Map.of("ads_id", ads_id.orElse("none"), "session", session);
        }

        @Get("/tags")
        Tags tags(@Query List<String> tag, @Query("n") Optional<List<Integer>> numbers) {
            return new Tags(tag, numbers.orElse(List.of()));
        }

        @Get("/tokens")
        Map<String, Object> tokens(@Header Optional<List<String>> x_token, @Header("x-n") Optional<List<Integer>> n) {
            return Map.of("tokens", x_token.orElse(List.of()), "n", n.orElse(List.of()));
        }

        @Get("/sizes/{size}")
        Map<String, Object> size(@Path Size size) {
            return Map.of("size", size);
        }

        @Get("/numbers/{n}")
        Map<String, Object> number(@Path int n) {
            return Map.of("n", n);
        }

        @Get("/ids/{id}")
        Map<String, Object> id(@Path UUID id, @Query Optional<LocalDate> day) {
            return Map.of(
                    "id", id.toString(), "day", day.map(LocalDate::toString).orElse("none"));
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

    @Test
    void cookiesBindByName() {
        TestResponse response = client.request("GET", "/cookie")
                .header("cookie", "session=abc; ads_id=7")
                .send();

        assertThat(response.json()).isEqualTo(Map.of("ads_id", "7", "session", "abc"));
    }

    @Test
    void missingCookieIsLocatedUnderCookie() {
        assertUnprocessable(
                client.get("/cookie"),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"cookie\",\"session\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void repeatedQueryParametersMakeAList() {
        assertThat(client.get("/tags?tag=a&tag=b&n=1&n=2").text()).isEqualTo("{\"tag\":[\"a\",\"b\"],\"n\":[1,2]}");
        assertThat(client.get("/tags?tag=a").text()).isEqualTo("{\"tag\":[\"a\"],\"n\":[]}");
    }

    @Test
    void repeatedHeadersMakeAList() {
        TestResponse response = client.request("GET", "/tokens")
                .header("x-token", "foo")
                .header("X-Token", "bar")
                .header("x-n", "3")
                .send();

        assertThat(response.json()).isEqualTo(Map.of("tokens", List.of("foo", "bar"), "n", List.of(3)));
        assertThat(client.get("/tokens").json()).isEqualTo(Map.of("tokens", List.of(), "n", List.of()));
    }

    @Test
    void headerListElementErrorsAreLocatedUnderHeader() {
        assertUnprocessable(
                client.request("GET", "/tokens")
                        .header("x-n", "1")
                        .header("x-n", "two")
                        .send(),
                "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"header\",\"x-n\",1],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"two\"}]}");
    }

    @Test
    void integersMayCarryAFractionOfZerosAsPydanticsDo() {
        assertThat(client.get("/numbers/10.0").json()).isEqualTo(Map.of("n", 10));
        assertThat(client.get("/numbers/-3.00").json()).isEqualTo(Map.of("n", -3));
        assertThat(client.get("/numbers/7.").json()).isEqualTo(Map.of("n", 7));
        for (String text : List.of("3.14", "1e3", ".0", "10.0.0")) {
            assertUnprocessable(
                    client.get("/numbers/" + text),
                    "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"path\",\"n\"],"
                            + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\""
                            + text + "\"}]}");
        }
    }

    @Test
    void listElementErrorsCarryTheirIndex() {
        assertUnprocessable(
                client.get("/tags?tag=a&n=1&n=x"),
                "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"query\",\"n\",1],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"x\"}]}");
        assertUnprocessable(
                client.get("/tags"),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"tag\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void enumsBindByNameAndListTheirValuesWhenWrong() {
        assertThat(client.get("/sizes/medium").text()).isEqualTo("{\"size\":\"medium\"}");
        assertUnprocessable(
                client.get("/sizes/huge"),
                "{\"detail\":[{\"type\":\"enum\",\"loc\":[\"path\",\"size\"],"
                        + "\"msg\":\"Input should be 'small', 'medium' or 'large'\",\"input\":\"huge\","
                        + "\"ctx\":{\"expected\":\"'small', 'medium' or 'large'\"}}]}");
    }

    @Test
    void uuidsAndDates() {
        UUID id = UUID.fromString("6f1e2b5c-9d3a-4c1e-8f7b-2a4d6e8f0a1b");
        assertThat(client.get("/ids/" + id + "?day=2024-02-29").json())
                .isEqualTo(Map.of("id", id.toString(), "day", "2024-02-29"));
        assertThat(client.get("/ids/not-a-uuid").json().toString()).contains("uuid_parsing");
        assertUnprocessable(
                client.get("/ids/" + id + "?day=2024-13-01"),
                "{\"detail\":[{\"type\":\"date_from_datetime_parsing\",\"loc\":[\"query\",\"day\"],"
                        + "\"msg\":\"Input should be a valid date or datetime, invalid date format\",\"input\":\"2024-13-01\"}]}");
    }
}
