package io.griddle.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HTTP dates ({@code Mon, 07 Dec 2026 21:06:23 GMT}), as {@code Last-Modified} and {@code If-Modified-Since}. */
final class HttpDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private HttpDates() {}

    static String format(Instant time) {
        return FORMAT.format(time);
    }

    /** The date, or {@code null} when the text is not an IMF-fixdate (or RFC 1123 date). */
    static Instant parse(String text) {
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip()));
        } catch (java.time.DateTimeException malformed) { // DateTimeParseException among them
            return null;
        }
    }
}
