package io.griddle.streaming;

import io.griddle.http.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** How a streamed body's items become bytes: raw chunks, JSON Lines, or Server-Sent Events. */
final class Encoders {

    /** The SSE keep-alive: a comment, which clients ignore. */
    static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);

    private Encoders() {}

    /** Chunks as they are: a {@code ByteBuffer}, a {@code byte[]}, or text (UTF-8). */
    static ByteBuffer raw(Object item) {
        return switch (item) {
            case ByteBuffer buffer -> buffer;
            case byte[] bytes -> ByteBuffer.wrap(bytes);
            case CharSequence text -> ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            default ->
                throw new IllegalArgumentException("a streamed body's chunks are ByteBuffer, byte[] or String, not "
                        + item.getClass().getName() + "; objects are streamed as JSON Lines or Server-Sent Events");
        };
    }

    /** One JSON document and a newline per item. */
    static Function<Object, ByteBuffer> jsonLines(Function<Object, byte[]> json) {
        return item -> {
            byte[] document = json.apply(item);
            byte[] line = new byte[document.length + 1];
            System.arraycopy(document, 0, line, 0, document.length);
            line[document.length] = '\n';
            return ByteBuffer.wrap(line);
        };
    }

    /** A {@link ServerSentEvent} as it says; any other item as an event whose data is its JSON. */
    static Function<Object, ByteBuffer> events(Function<Object, byte[]> json) {
        return item -> {
            if (item instanceof ServerSentEvent event) {
                return ByteBuffer.wrap(event.encode());
            }
            String data = new String(json.apply(item), StandardCharsets.UTF_8);
            return ByteBuffer.wrap(ServerSentEvent.format(data, null, null, null, null));
        };
    }

    static final Function<Object, byte[]> JSON = Json::write;
}
