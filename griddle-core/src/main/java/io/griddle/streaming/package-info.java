/**
 * Streamed response bodies and streamed request bodies: chunks from a {@link java.util.concurrent.Flow.Publisher},
 * an {@link java.util.Iterator} or a {@link java.util.stream.Stream} (pulled on the blocking executor), JSON Lines,
 * and Server-Sent Events ({@link io.griddle.streaming.ServerSentEvent}). Every chunk waits until the transport can
 * take more, and a client that leaves cancels the producer. Starlette's {@code StreamingResponse} and FastAPI's
 * {@code fastapi.sse}.
 */
package io.griddle.streaming;
