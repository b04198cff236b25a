package io.griddle.binding.params;

import io.griddle.RequestValidationError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Request text to the time types Pydantic reads beyond dates: an {@link OffsetDateTime} (ISO 8601 with an offset,
 * {@code 2018-12-22T14:00:00+00:00} or {@code ...Z}), a {@link LocalTime} ({@code 15:30:00}) and a {@link Duration}
 * (seconds as a number, {@code 300} or {@code 1.5}; ISO 8601, {@code PT5M}; or {@code [-]HH:MM[:SS[.fff]]}), with
 * Pydantic's error types.
 *
 * <pre>{@code
 * TimeParsers.forType(Duration.class).parse().apply("300");   // PT5M
 * }</pre>
 */
final class TimeParsers {

    private TimeParsers() {}

    private static final java.util.regex.Pattern SECONDS =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final java.util.regex.Pattern CLOCK =
            java.util.regex.Pattern.compile("([+-]?)(\\d+):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?");

    /** The parser for one of these types, or {@code null} for another type. */
    static ValueParser forType(Class<?> type) {
        if (type == OffsetDateTime.class) {
            return new ValueParser(
                    TimeParsers::offsetDateTime,
                    "datetime_from_date_parsing",
                    "Input should be a valid datetime or date, invalid datetime format");
        }
        if (type == LocalTime.class) {
            return new ValueParser(
                    text -> LocalTime.parse(text.strip()),
                    "time_parsing",
                    "Input should be in a valid time format, invalid time format");
        }
        if (type == Duration.class) {
            return new ValueParser(
                    TimeParsers::duration,
                    "time_delta_parsing",
                    "Input should be a valid timedelta, invalid duration format");
        }
        return null;
    }

    // A date-time without an offset cannot be placed in time: said so, rather than "invalid format".
    private static OffsetDateTime offsetDateTime(String text) {
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11); // Pydantic takes a space for the T
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            if (isLocal(iso)) {
                throw new RequestValidationError(List.of(new RequestValidationError.Issue(
                        "timezone_aware", List.of(), "Input should have timezone info", text, null)));
            }
            throw e;
        }
    }

    private static boolean isLocal(String iso) {
        try {
            LocalDateTime.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Duration duration(String text) {
        String stripped = text.strip();
        if (SECONDS.matcher(stripped).matches()) {
            BigDecimal seconds = new BigDecimal(stripped);
            return Duration.ofSeconds(
                    0,
                    seconds.movePointRight(9)
                            .setScale(0, java.math.RoundingMode.HALF_EVEN)
                            .longValueExact());
        }
        Matcher clock = CLOCK.matcher(stripped);
        if (clock.matches()) {
            Duration value = Duration.ofHours(Long.parseLong(clock.group(2)))
                    .plusMinutes(Long.parseLong(clock.group(3)))
                    .plusSeconds(clock.group(4) == null ? 0 : Long.parseLong(clock.group(4)));
            if (clock.group(5) != null) {
                value = value.plusNanos(
                        new BigDecimal(clock.group(5)).movePointRight(9).longValueExact());
            }
            return clock.group(1).equals("-") ? value.negated() : value;
        }
        return Duration.parse(stripped);
    }
}
