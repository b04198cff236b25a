package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectWriter;

/** Writes through the generator a thread keeps must give exactly the bytes Jackson's own path gives, write after write. */
class KeptGeneratorTest {

    record Burger(int number, String name, double price, List<String> toppings) {}

    // Fails half-way through an object, after its first property was written.
    record Broken(String first) {
        public String getSecond() {
            throw new IllegalStateException("no second");
        }
    }

    // Writes JSON itself while it is being written: a write inside a write on the same thread.
    record Nested(String label) {
        @JsonValue
        String json() {
            return new String(Json.write(Map.of("label", label)), StandardCharsets.UTF_8);
        }
    }

    private static final ObjectWriter MAPPER_WRITER = Json.mapper().writer();

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void consecutiveValuesAreTheBytesJacksonWritesEachOnItsOwn() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", null);
        List<Object> values = List.of(
                new Burger(1, "classic", 9.5, List.of("cheese", "pickles")),
                "text",
                42,
                1.5,
                true,
                List.of(),
                Map.of(),
                map,
                new Burger(2, "quote \" and é", -0.0, List.of()));
        for (int round = 0; round < 3; round++) {
            for (Object value : values) {
                assertThat(Json.write(value)).as("%s", value).isEqualTo(MAPPER_WRITER.writeValueAsBytes(value));
            }
        }
        assertThat(text(Json.write(null))).isEqualTo("null");
    }

    @Test
    void aTypedWriterWritesTheDeclaredTypesProperties() {
        ObjectWriter asCharSequence = Json.mapper().writerFor(CharSequence.class);
        assertThat(text(Json.write(asCharSequence, new StringBuilder("sb")))).isEqualTo("\"sb\"");
        ObjectWriter burgers = Json.mapper().writerFor(Burger.class);
        Burger burger = new Burger(3, "double", 12, List.of("onion"));
        assertThat(Json.write(burgers, burger)).isEqualTo(burgers.writeValueAsBytes(burger));
    }

    @Test
    void aFailedWriteLeavesNothingBehindForTheNext() {
        Burger burger = new Burger(1, "classic", 9.5, List.of());
        assertThat(text(Json.write(burger))).startsWith("{\"number\":1");

        assertThatThrownBy(() -> Json.write(new Broken("first"))).hasRootCauseMessage("no second");

        assertThat(Json.write(burger)).isEqualTo(MAPPER_WRITER.writeValueAsBytes(burger));
        assertThat(text(Json.write(List.of(1, 2)))).isEqualTo("[1,2]");
    }

    @Test
    void aWriteInsideAWriteGetsItsOwnBytes() {
        Nested nested = new Nested("inner");
        String expected = text(MAPPER_WRITER.writeValueAsBytes(nested));

        assertThat(expected).isEqualTo("\"{\\\"label\\\":\\\"inner\\\"}\"");
        assertThat(text(Json.write(List.of(nested, nested)))).isEqualTo("[" + expected + "," + expected + "]");
        assertThat(text(Json.write("after"))).isEqualTo("\"after\"");
    }

    @Test
    void aLargeValueIsWrittenWholeAndTheNextSmallOneAlone() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add("item-" + i);
        }
        byte[] large = Json.write(many);

        assertThat(large.length).isGreaterThan(KeptGenerator.KEPT_CAPACITY);
        assertThat(large).isEqualTo(MAPPER_WRITER.writeValueAsBytes(many));
        assertThat(text(Json.write(Map.of("small", true)))).isEqualTo("{\"small\":true}");
    }

    @Test
    void aVirtualThreadWritesTheSameBytes() throws InterruptedException {
        Burger burger = new Burger(7, "veggie", 8, List.of("tomato"));
        AtomicReference<byte[]> written = new AtomicReference<>();
        Thread thread = Thread.ofVirtual().start(() -> written.set(Json.write(burger)));
        thread.join(10_000);

        assertThat(written.get()).isNotNull();
        assertThat(Arrays.equals(written.get(), MAPPER_WRITER.writeValueAsBytes(burger)))
                .isTrue();
    }
}
