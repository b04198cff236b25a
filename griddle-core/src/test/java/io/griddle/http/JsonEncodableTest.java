package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Json.encodable as FastAPI's jsonable_encoder: plain maps, lists and JSON scalars, dates as ISO text. */
class JsonEncodableTest {

    enum Size {
        SMALL
    }

    record Item(String title, LocalDateTime timestamp, String description, List<Integer> tags, Size size) {}

    @Test
    void aRecordBecomesAMapWithIsoDates() {
        Object encoded = Json.encodable(
                new Item("Foo", LocalDateTime.of(2026, 12, 7, 10, 0, 5), null, List.of(1, 2), Size.SMALL));
        assertThat(encoded)
                .isEqualTo(
                        new java.util.LinkedHashMap<>(Map.of(
                                "title", "Foo",
                                "timestamp", "2026-12-07T10:00:05",
                                "tags", List.of(1, 2),
                                "size", "SMALL")) {
                            {
                                put("description", null);
                            }
                        });
        assertThat(encoded).isInstanceOf(Map.class);
    }

    @Test
    void scalarsDatesAndCollections() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(Json.encodable("x")).isEqualTo("x");
        assertThat(Json.encodable(3)).isEqualTo(3);
        assertThat(Json.encodable(id)).isEqualTo(id.toString());
        assertThat(Json.encodable(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(Json.encodable(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-01-02T03:04:05+00:00");
        assertThat(Json.encodable(Map.of("when", List.of(LocalDate.of(2026, 1, 2)))))
                .isEqualTo(Map.of("when", List.of("2026-01-02")));
        assertThat(Json.encodable(new int[] {1, 2})).isEqualTo(List.of(1, 2));
    }
}
