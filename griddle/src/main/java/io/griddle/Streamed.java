package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a handler that returns a stream of items ({@code Stream<T>}, {@code Iterator<T>}, {@code Flow.Publisher<T>},
 * or with this annotation {@code Iterable<T>}) is sent, as FastAPI's {@code response_class=} on a generator. Without
 * it such a handler answers JSON Lines ({@code application/jsonl}, one JSON document per item and line), as FastAPI
 * does for a generator. {@link #EVENT_STREAM} sends Server-Sent Events ({@code EventSourceResponse}): an
 * {@link io.griddle.streaming.ServerSentEvent} item as it says, any other item as an event whose data is its JSON,
 * with a {@code : ping} comment after {@link #keepAliveMillis} of silence. Any other media type sends the items as raw
 * chunks ({@code ByteBuffer}, {@code byte[]} or {@code String}) with that content type, and the empty default sends
 * them with none ({@code StreamingResponse}).
 *
 * <pre>{@code
 * @Get("/items/stream") Stream<Item> items() { ... }                                   // application/jsonl
 * @Streamed(Streamed.EVENT_STREAM) @Get("/items/events") Flow.Publisher<Item> events() // text/event-stream
 * @Streamed("image/png") @Get("/image") Iterator<byte[]> image() { ... }               // raw chunks
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Streamed {

    /** JSON Lines. */
    String JSON_LINES = "application/jsonl";

    /** Server-Sent Events. */
    String EVENT_STREAM = "text/event-stream";

    /** The media type, which says how items are encoded; empty: raw chunks without a content type. */
    String value() default "";

    /** For an event stream: the silence, in milliseconds, after which a {@code : ping} comment is sent (0: none). */
    long keepAliveMillis() default 15_000;
}
