package io.griddle.test;

import io.griddle.http.Json;
import java.util.List;

/**
 * One Server-Sent Event as a client parses it from a {@link TestStream}: its fields, and the comment lines that
 * came before it (a keep-alive {@code : ping} is an event with only a comment).
 *
 * @param event    the {@code event:} field, or {@code null}
 * @param data     the {@code data:} lines joined with newlines, or {@code null} when there was none
 * @param id       the {@code id:} field, or {@code null}
 * @param retry    the {@code retry:} field, or {@code null}
 * @param comments the comment lines, without the leading colon and space
 */
public record TestEvent(String event, String data, String id, Integer retry, List<String> comments) {

    /** The data parsed as JSON (maps, lists, strings, numbers). */
    public Object json() {
        return Json.read(data.getBytes(java.nio.charset.StandardCharsets.UTF_8), Object.class);
    }
}
