package io.griddle.streaming;

import io.griddle.http.Response;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Streamed responses, as Starlette's {@code StreamingResponse} and FastAPI's JSON Lines and Server-Sent Events. The
 * items come from a {@link Flow.Publisher} (one item requested at a time), an {@link Iterator} or a {@link Stream}
 * (each item pulled on the blocking executor, so it may block). Each chunk is written only when the client can take
 * it; a client that leaves cancels the publisher's subscription, or interrupts the pulling thread and closes the
 * stream (its {@code onClose} handlers and {@code finally} blocks run).
 *
 * <pre>{@code
 * return StreamingResponse.of("text/plain", Stream.of("a", "b", "c"));          // raw chunks
 * return StreamingResponse.jsonLines(items.iterator());                           // application/jsonl
 * return StreamingResponse.events(publisher);                                     // text/event-stream
 * return StreamingResponse.events(publisher, Duration.ofSeconds(5));              // ping every 5 s when idle
 * }</pre>
 */
public final class StreamingResponse {

    /** {@code application/jsonl}, the media type of JSON Lines. */
    public static final String JSON_LINES = "application/jsonl";

    /** {@code text/event-stream}, the media type of Server-Sent Events. */
    public static final String EVENT_STREAM = "text/event-stream";

    /** How long an event stream may stay silent before a {@code : ping} comment is sent, as FastAPI's 15 s. */
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(15);

    private StreamingResponse() {}

    /**
     * Raw chunks ({@code ByteBuffer}, {@code byte[]} or {@code String}); a {@code null} content type sends none, as
     * Starlette's {@code StreamingResponse} without a media type.
     */
    public static Response of(String contentType, Iterator<?> chunks) {
        return raw(contentType, new IteratorSource(chunks, null));
    }

    /** {@link #of(String, Iterator)} from a stream, closed when the body ends or the client leaves. */
    public static Response of(String contentType, Stream<?> chunks) {
        return raw(contentType, new IteratorSource(chunks.iterator(), chunks));
    }

    /** {@link #of(String, Iterator)} from a publisher. */
    public static Response of(String contentType, Flow.Publisher<?> chunks) {
        return raw(contentType, new PublisherSource(chunks));
    }

    /**
     * The bytes of an input stream (a file, say), read in chunks on the blocking executor and closed at the end or
     * when the client leaves.
     */
    public static Response of(String contentType, java.io.InputStream in) {
        return raw(contentType, new IteratorSource(new InputStreamChunks(in), in));
    }

    /** One JSON document per line, {@code application/jsonl}. */
    public static Response jsonLines(Iterator<?> items) {
        return jsonLines(new IteratorSource(items, null), Encoders.JSON);
    }

    /** {@link #jsonLines(Iterator)} from a stream. */
    public static Response jsonLines(Stream<?> items) {
        return jsonLines(new IteratorSource(items.iterator(), items), Encoders.JSON);
    }

    /** {@link #jsonLines(Iterator)} from a publisher. */
    public static Response jsonLines(Flow.Publisher<?> items) {
        return jsonLines(new PublisherSource(items), Encoders.JSON);
    }

    /**
     * Server-Sent Events: a {@link ServerSentEvent} item is sent as it says, any other item as an event whose data is
     * its JSON; {@code Cache-Control: no-cache} and {@code X-Accel-Buffering: no} are set, and a {@code : ping}
     * comment goes out after {@link #DEFAULT_KEEP_ALIVE} without an event.
     */
    public static Response events(Iterator<?> items) {
        return events(new IteratorSource(items, null), Encoders.JSON, DEFAULT_KEEP_ALIVE);
    }

    /** {@link #events(Iterator)} from a stream. */
    public static Response events(Stream<?> items) {
        return events(new IteratorSource(items.iterator(), items), Encoders.JSON, DEFAULT_KEEP_ALIVE);
    }

    /** {@link #events(Iterator)} from a publisher. */
    public static Response events(Flow.Publisher<?> items) {
        return events(new PublisherSource(items), Encoders.JSON, DEFAULT_KEEP_ALIVE);
    }

    /** {@link #events(Flow.Publisher)} with another keep-alive interval ({@link Duration#ZERO}: no pings). */
    public static Response events(Flow.Publisher<?> items, Duration keepAlive) {
        return events(new PublisherSource(items), Encoders.JSON, keepAlive);
    }

    /**
     * The general form, for frameworks: items from an {@code Iterator}, {@code Stream} or {@code Flow.Publisher},
     * encoded for the media type ({@link #JSON_LINES} and {@link #EVENT_STREAM} with {@code json} for the items'
     * JSON; any other type sends raw chunks).
     */
    public static Response forMediaType(
            String mediaType, Object items, Function<Object, byte[]> json, Duration keepAlive) {
        ItemSource source = source(items);
        if (JSON_LINES.equals(mediaType)) {
            return jsonLines(source, json);
        }
        if (EVENT_STREAM.equals(mediaType)) {
            return events(source, json, keepAlive);
        }
        return raw(mediaType, source);
    }

    private static ItemSource source(Object items) {
        return switch (items) {
            case Stream<?> stream -> new IteratorSource(stream.iterator(), stream);
            case Iterator<?> iterator -> new IteratorSource(iterator, null);
            case Iterable<?> iterable -> new IteratorSource(iterable.iterator(), null);
            case Flow.Publisher<?> publisher -> new PublisherSource(publisher);
            default ->
                throw new IllegalArgumentException(
                        "not a stream of items (Iterator, Stream, Iterable or Flow.Publisher): " + items.getClass());
        };
    }

    private static Response raw(String contentType, ItemSource source) {
        Response response = Response.stream(
                contentType == null ? "application/octet-stream" : contentType,
                out -> new ItemPump(source, Encoders::raw, out, null, null).run());
        if (contentType == null) {
            response.headers().remove("content-type");
        }
        return response;
    }

    private static Response jsonLines(ItemSource source, Function<Object, byte[]> json) {
        Function<Object, ByteBuffer> encoder = Encoders.jsonLines(json);
        return Response.stream(JSON_LINES, out -> new ItemPump(source, encoder, out, null, null).run());
    }

    private static Response events(ItemSource source, Function<Object, byte[]> json, Duration keepAlive) {
        Function<Object, ByteBuffer> encoder = Encoders.events(json);
        Duration ping = keepAlive == null || keepAlive.isZero() || keepAlive.isNegative() ? null : keepAlive;
        ByteBuffer pingBytes = ByteBuffer.wrap(Encoders.PING);
        return Response.stream(
                        EVENT_STREAM + "; charset=utf-8",
                        out -> new ItemPump(source, encoder, out, ping, pingBytes).run())
                .header("cache-control", "no-cache")
                .header("x-accel-buffering", "no");
    }
}
