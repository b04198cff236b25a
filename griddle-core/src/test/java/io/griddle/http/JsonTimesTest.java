package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Date-times and durations written as FastAPI's JSON encoder writes datetime and timedelta. */
class JsonTimesTest {

    private static String write(Object value) {
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }

    @Test
    void anOffsetDateTimeHasSecondsAndANumericOffset() {
        assertThat(write(OffsetDateTime.of(2018, 12, 22, 14, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("\"2018-12-22T14:05:00+00:00\"");
        assertThat(write(OffsetDateTime.of(2018, 12, 22, 14, 5, 7, 500_000_000, ZoneOffset.ofHoursMinutes(-3, -30))))
                .isEqualTo("\"2018-12-22T14:05:07.5-03:30\"");
        assertThat(write(OffsetDateTime.of(2018, 12, 22, 14, 5, 7, 123_456_000, ZoneOffset.ofHours(1))))
                .isEqualTo("\"2018-12-22T14:05:07.123456+01:00\"");
    }

    @Test
    void aDurationIsItsSeconds() {
        assertThat(write(Duration.ofSeconds(176_100))).isEqualTo("176100");
        assertThat(write(Duration.ofMillis(1500))).isEqualTo("1.5");
        assertThat(write(Duration.ofSeconds(-2))).isEqualTo("-2");
        assertThat(write(Duration.ofMillis(-1500))).isEqualTo("-1.5");
        assertThat(write(Duration.ZERO)).isEqualTo("0");
    }

    @Test
    void localTimesKeepTheirSeconds() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("at", LocalTime.of(15, 30));
        values.put("when", LocalDateTime.of(2023, 1, 1, 12, 0));
        assertThat(write(values)).isEqualTo("{\"at\":\"15:30:00\",\"when\":\"2023-01-01T12:00:00\"}");
    }

    @Test
    void encodableGivesTheSameText() {
        Object encoded = ((Map<?, ?>) Json.encodable(Map.of("took", Duration.ofMinutes(5)))).get("took");
        assertThat(encoded).isInstanceOf(Number.class);
        assertThat(((Number) encoded).longValue()).isEqualTo(300);
    }
}
