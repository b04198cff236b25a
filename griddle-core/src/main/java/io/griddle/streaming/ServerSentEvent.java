package io.griddle.streaming;

import io.griddle.http.Json;
import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Event, as FastAPI's {@code ServerSentEvent}: {@code data} is sent JSON-encoded (a string gets its
 * quotes), {@code rawData} as it is; {@code event}, {@code id}, {@code retry} (milliseconds) and {@code comment} are
 * optional. Build one with the static factories and the {@code with...} methods.
 *
 * <pre>{@code
 * ServerSentEvent.of(item).withEvent("item_update").withId("1").withRetry(5000);  // data: {"name":...}
 * ServerSentEvent.raw("[DONE]").withEvent("done");                                  // data: [DONE]
 * ServerSentEvent.ofComment("stream of item updates");                              // : stream of item updates
 * }</pre>
 *
 * @param data    the payload, JSON-encoded on the wire; {@code null} for none
 * @param rawData the payload as text, not encoded; not together with {@code data}
 * @param event   the event type (one line), or {@code null} for the browser's {@code message}
 * @param id      the event id (one line, no NUL), which a browser sends back as {@code Last-Event-ID}
 * @param retry   the reconnection delay in milliseconds (not negative), or {@code null}
 * @param comment comment lines (ignored by browsers), or {@code null}
 */
public record ServerSentEvent(Object data, String rawData, String event, String id, Integer retry, String comment) {

    /** Checks the fields as FastAPI does: a bad event is refused when it is made, not when it is sent. */
    public ServerSentEvent {
        if (data != null && rawData != null) {
            throw new IllegalArgumentException(
                    "a ServerSentEvent has data (JSON-encoded) or rawData (sent as it is), not both");
        }
        singleLine(event, "event");
        singleLine(id, "id");
        if (id != null && id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the SSE id must not contain NUL characters");
        }
        if (retry != null && retry < 0) {
            throw new IllegalArgumentException("the SSE retry must not be negative: " + retry);
        }
    }

    /** An event whose data is the value, JSON-encoded. */
    public static ServerSentEvent of(Object data) {
        return new ServerSentEvent(data, null, null, null, null, null);
    }

    /** An event whose data is the text as it is (no JSON quotes). */
    public static ServerSentEvent raw(String rawData) {
        return new ServerSentEvent(null, rawData, null, null, null, null);
    }

    /** A comment alone, which clients ignore (a keep-alive, or a note). */
    public static ServerSentEvent ofComment(String comment) {
        return new ServerSentEvent(null, null, null, null, null, comment);
    }

    public ServerSentEvent withEvent(String event) {
        return new ServerSentEvent(data, rawData, event, id, retry, comment);
    }

    public ServerSentEvent withId(String id) {
        return new ServerSentEvent(data, rawData, event, id, retry, comment);
    }

    public ServerSentEvent withRetry(int retry) {
        return new ServerSentEvent(data, rawData, event, id, retry, comment);
    }

    public ServerSentEvent withComment(String comment) {
        return new ServerSentEvent(data, rawData, event, id, retry, comment);
    }

    /** The event in the {@code text/event-stream} format, ending with the blank line. */
    public byte[] encode() {
        String text =
                rawData != null ? rawData : data != null ? new String(Json.write(data), StandardCharsets.UTF_8) : null;
        return format(text, event, id, retry, comment);
    }

    /** The wire format of an event whose data is already text: each line of a field gets its own prefix. */
    static byte[] format(String data, String event, String id, Integer retry, String comment) {
        StringBuilder out = new StringBuilder(32 + (data == null ? 0 : data.length()));
        if (comment != null) {
            lines(out, ": ", comment);
        }
        if (event != null) {
            out.append("event: ").append(event).append('\n');
        }
        if (data != null) {
            lines(out, "data: ", data);
        }
        if (id != null) {
            out.append("id: ").append(id).append('\n');
        }
        if (retry != null) {
            out.append("retry: ").append(retry).append('\n');
        }
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // Splits on the line ends the SSE format knows (CRLF, CR, LF), keeping empty lines.
    private static void lines(StringBuilder out, String prefix, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(prefix).append(text, start, i).append('\n');
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.append(prefix).append(text, start, text.length()).append('\n');
    }

    private static void singleLine(String value, String field) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("the SSE " + field + " must be a single line");
        }
    }
}
