package io.griddle.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How {@link Json} writes the time values whose Jackson form differs from FastAPI's: an {@link OffsetDateTime} as
 * ISO 8601 with seconds and a numeric offset, {@code 2018-12-22T14:05:00+00:00} (never {@code Z}), and a
 * {@link Duration} as its seconds, a number ({@code 176100}, {@code 1.5}), as FastAPI's JSON encoder writes
 * {@code datetime} and {@code timedelta}. Dates, local date-times and times keep Jackson's ISO text, which already
 * matches ({@code 15:30:00}).
 *
 * <pre>{@code
 * Json.write(Map.of("at", OffsetDateTime.parse("2018-12-22T14:05Z")));  // {"at":"2018-12-22T14:05:00+00:00"}
 * Json.write(Map.of("took", Duration.ofMinutes(5)));                    // {"took":300}
 * }</pre>
 */
final class JsonTimes {

    private JsonTimes() {}

    // Seconds always; a fraction only when there is one, in as few digits as keep it (Python's isoformat writes 6).
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter();

    /** The module with these writers, added to the mapper once. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("griddle-times");
        module.addSerializer(OffsetDateTime.class, new StdSerializer<>(OffsetDateTime.class) {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator out, SerializationContext context) {
                out.writeString(format(value));
            }
        });
        module.addSerializer(Duration.class, new StdSerializer<>(Duration.class) {
            @Override
            public void serialize(Duration value, JsonGenerator out, SerializationContext context) {
                if (value.getNano() == 0) {
                    out.writeNumber(value.getSeconds());
                } else {
                    out.writeNumber(seconds(value));
                }
            }
        });
        return module;
    }

    /** The date-time as written: {@code 2018-12-22T14:05:00+00:00}, {@code ...:00.5+01:00}. */
    static String format(OffsetDateTime value) {
        return OFFSET_DATE_TIME.format(value);
    }

    /** The duration's seconds with their fraction, without trailing zeros ({@code 1.5}). */
    static BigDecimal seconds(Duration value) {
        return BigDecimal.valueOf(value.getSeconds())
                .add(BigDecimal.valueOf(value.getNano(), 9))
                .stripTrailingZeros();
    }
}
