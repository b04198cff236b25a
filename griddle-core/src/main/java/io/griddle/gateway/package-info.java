/**
 * The gateway: the small, server-agnostic contract between a server and an application, Griddle's counterpart of
 * ASGI.
 *
 * <p>A server calls {@link io.griddle.gateway.Gateway#call} once per <em>scope</em>: an HTTP request
 * ({@link io.griddle.gateway.HttpScope}), a WebSocket session ({@link io.griddle.gateway.WebSocketScope}) or the
 * application's lifespan ({@link io.griddle.gateway.LifespanScope}). The application pulls inbound
 * {@link io.griddle.gateway.Message messages} with {@link io.griddle.gateway.Receive} (that pull is the backpressure:
 * a server reads no more of a request body than the application asked for, beyond a small buffer) and pushes outbound
 * messages with {@link io.griddle.gateway.Send}, whose stage completes once the server can take more. Every call is
 * asynchronous and cancellable: when the client goes away the server completes a pending receive with a disconnect
 * message and cancels the stage that {@code call} returned.
 *
 * <p>Threading: a server calls {@code call} on the event-loop thread that owns the connection, and has attached that
 * thread as an {@link io.griddle.concurrent.Loop}. {@code receive} and {@code send} may be called from any thread.
 *
 * <p>No transport type crosses this package: bodies travel as {@link java.nio.ByteBuffer}s, which a server may back
 * by its own pooled memory (see {@link io.griddle.gateway.Chunk#release()}).
 */
package io.griddle.gateway;
