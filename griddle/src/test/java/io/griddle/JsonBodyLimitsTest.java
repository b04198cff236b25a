package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.JsonLimits;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The limits a JSON body must respect ({@link JsonLimits}), through the test client: a body over the size limit is
 * 413 before it is parsed, one past another limit 422 {@code json_invalid}; each answer comes in bounded time and
 * the application keeps serving. {@code JsonBodyLimitsSocketTest} sends the same bodies over a real socket.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonBodyLimitsTest {

    record Item(String name, double price) {}

    @SuppressWarnings("unused")
    static final class Shop {
        @Post("/items")
        Item create(@Body Item item) {
            return item;
        }

        @Post("/numbers")
        Map<String, Integer> numbers(@Body Map<String, List<Integer>> numbers) {
            return Map.of(
                    "count", numbers.values().stream().mapToInt(List::size).sum());
        }

        @Post("/anything")
        Map<String, String> anything(@Body Object value) {
            return Map.of("kind", value.getClass().getSimpleName());
        }
    }

    static App app() {
        return App.create().include(new Shop());
    }

    /** {@code {"name":"x","price":<digits>}}: a number of that many digits. */
    static byte[] longNumber(int digits) {
        byte[] head = "{\"name\":\"x\",\"price\":".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + digits + 1];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, head.length + digits, (byte) '1');
        body[body.length - 1] = '}';
        return body;
    }

    /** {@code [[[ ... ]]]}, {@code depth} deep. */
    static byte[] deepArray(int depth) {
        byte[] body = new byte[depth * 2];
        Arrays.fill(body, 0, depth, (byte) '[');
        Arrays.fill(body, depth, depth * 2, (byte) ']');
        return body;
    }

    /** {@code {"name":"aaa...","price":1}}: a string of that many characters. */
    static byte[] longString(int length) {
        return ("{\"name\":\"" + "a".repeat(length) + "\",\"price\":1}").getBytes(StandardCharsets.US_ASCII);
    }

    static TestResponse post(TestClient client, String path, byte[] body) {
        return client.request("POST", path).body(body, "application/json").send();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> onlyIssue(TestResponse response) {
        List<Map<String, Object>> detail =
                (List<Map<String, Object>>) ((Map<String, Object>) response.json()).get("detail");
        assertThat(detail).hasSize(1);
        return detail.get(0);
    }

    static void stillServes(TestClient client) {
        TestResponse ok = client.request("POST", "/items")
                .json(Map.of("name", "burger", "price", 9.5))
                .send();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json()).isEqualTo(Map.of("name", "burger", "price", 9.5));
    }

    @Test
    void aHundredMegabyteNumberIs413BeforeItIsParsed() {
        try (TestClient client = TestClient.of(app())) {
            long start = System.nanoTime();
            TestResponse response = post(client, "/items", longNumber(100_000_000));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.json()).isEqualTo(Map.of("detail", "Request body too large"));
            assertThat(response.header("content-type")).isEqualTo("application/json");
            assertThat(millis).as("a wide margin: no parsing at all").isLessThan(10_000);
            stillServes(client);
        }
    }

    @Test
    void aNumberLongerThanTheLimitIs422WithFastApisShape() {
        try (TestClient client = TestClient.of(app())) {
            TestResponse response = post(client, "/items", longNumber(1_000_000));
            assertThat(response.status()).isEqualTo(422);
            Map<String, Object> issue = onlyIssue(response);
            assertThat(issue)
                    .containsEntry("type", "json_invalid")
                    .containsEntry("msg", "JSON decode error")
                    .containsEntry("input", Map.of())
                    .containsEntry("ctx", Map.of("error", "Number value length exceeds the maximum allowed (1000)"));
            assertThat(issue.get("loc")).isEqualTo(List.of("body", 0));
            // 1,000 digits is fine
            assertThat(post(
                                    client,
                                    "/anything",
                                    "12345678901234567890".repeat(50).getBytes(StandardCharsets.US_ASCII))
                            .json())
                    .isEqualTo(Map.of("kind", "BigInteger"));
            stillServes(client);
        }
    }

    @Test
    void aHundredThousandDeepArrayIs422AtTheDepthLimit() {
        try (TestClient client = TestClient.of(app())) {
            for (String path : List.of("/items", "/numbers", "/anything")) {
                long start = System.nanoTime();
                TestResponse response = post(client, path, deepArray(100_000));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(response.status()).as(path).isEqualTo(422);
                assertThat(onlyIssue(response))
                        .as(path)
                        .containsEntry("type", "json_invalid")
                        .containsEntry(
                                "ctx", Map.of("error", "Document nesting depth exceeds the maximum allowed (500)"));
                assertThat(millis).as("a wide margin").isLessThan(10_000);
            }
            // 500 deep is within the limit
            assertThat(post(client, "/anything", deepArray(500)).json()).isEqualTo(Map.of("kind", "ArrayList"));
            stillServes(client);
        }
    }

    @Test
    void aHugeStringIs422PastTheStringLimitAnd413PastTheSize() {
        try (TestClient client = TestClient.of(app())) {
            TestResponse tooLong = post(client, "/items", longString(5 << 20));
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(onlyIssue(tooLong))
                    .containsEntry("type", "json_invalid")
                    .containsEntry("ctx", Map.of("error", "String value length exceeds the maximum allowed (4194304)"));
            assertThat(post(client, "/items", longString(20 << 20)).status()).isEqualTo(413);
            assertThat(post(client, "/items", longString(1 << 20)).status()).isEqualTo(200);
            stillServes(client);
        }
    }

    @Test
    void aLongPropertyNameIs422() {
        try (TestClient client = TestClient.of(app())) {
            byte[] body = ("{\"" + "n".repeat(60_000) + "\":1}").getBytes(StandardCharsets.US_ASCII);
            TestResponse response = post(client, "/anything", body);
            assertThat(response.status()).isEqualTo(422);
            assertThat(onlyIssue(response))
                    .containsEntry("ctx", Map.of("error", "Name length exceeds the maximum allowed (50000)"));
        }
    }

    @Test
    void tooManyTokensIs422() {
        try (TestClient client = TestClient.of(app())) {
            // {"a":[1,1,...]} with 1,100,000 numbers: 1,100,005 tokens
            String ones = "1,".repeat(1_099_999) + "1";
            TestResponse response =
                    post(client, "/numbers", ("{\"a\":[" + ones + "]}").getBytes(StandardCharsets.US_ASCII));
            assertThat(response.status()).isEqualTo(422);
            assertThat(onlyIssue(response))
                    .containsEntry("ctx", Map.of("error", "Token count exceeds the maximum allowed (1000000)"));
            stillServes(client);
        }
    }

    @Test
    void limitsAreSetPerApplication() {
        App strict = app().jsonLimits(JsonLimits.defaults().withMaxDepth(3).withMaxDocumentBytes(1000));
        App roomy = app().jsonLimits(JsonLimits.defaults().withMaxStringLength(8 << 20));
        try (TestClient tight = TestClient.of(strict);
                TestClient wide = TestClient.of(roomy);
                TestClient plain = TestClient.of(app())) {
            assertThat(onlyIssue(post(tight, "/anything", deepArray(4))))
                    .containsEntry("ctx", Map.of("error", "Document nesting depth exceeds the maximum allowed (3)"));
            assertThat(post(tight, "/anything", deepArray(3)).status()).isEqualTo(200);
            assertThat(post(plain, "/anything", deepArray(4)).status()).isEqualTo(200);
            assertThat(post(tight, "/items", longString(2000)).status()).isEqualTo(413);

            // a raised limit holds on both paths: bound from the stream, and from the tree when a field is wrong
            assertThat(post(wide, "/items", longString(5 << 20)).status()).isEqualTo(200);
            byte[] wrongPrice = ("{\"name\":\"" + "a".repeat(5 << 20) + "\",\"price\":\"cheap\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            TestResponse invalid = post(wide, "/items", wrongPrice);
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(onlyIssue(invalid)).containsEntry("type", "float_parsing");
            assertThat(post(plain, "/items", longString(5 << 20)).status()).isEqualTo(422);
        }
    }

    @Test
    void manyBodiesInARowAreNotRefusedForTheTokensOfTheOnesBefore() {
        // the kept parser reads body after body as one stream: its count must not reach the limit of a body
        App app = app().jsonLimits(JsonLimits.defaults().withMaxTokens(10_000));
        String ones = "1,".repeat(999) + "1";
        byte[] body = ("{\"a\":[" + ones + "]}").getBytes(StandardCharsets.US_ASCII);
        try (TestClient client = TestClient.of(app)) {
            for (int i = 0; i < 200; i++) {
                TestResponse response = post(client, "/numbers", body);
                assertThat(response.status()).as("body %d", i).isEqualTo(200);
                assertThat(response.json()).isEqualTo(Map.of("count", 1000));
            }
        }
    }

    @Test
    void limitsMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> JsonLimits.defaults().withMaxDepth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be positive: 0");
    }
}
