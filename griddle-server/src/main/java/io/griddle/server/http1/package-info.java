/**
 * HTTP/1.1 over Netty, and each HTTP/2 stream seen as HTTP/1.1 objects. {@link io.griddle.server.http1.HttpConnection}
 * is the connection's pump: it queues what it reads ({@code RequestQueue}, with the backpressure on bodies) and
 * serves one request at a time; its other concerns are pieces of their own: {@code ConnectionTimeouts}
 * (keep-alive, header read), {@code BodyLimit}, {@code ServerAnswers} and {@code Rejection} (the server's own
 * answers and the lingering close), {@code RequestOrigin} (proxy headers and root path), {@code Writability} and
 * {@link io.griddle.server.http1.ServerStop}. {@link io.griddle.server.http1.HttpStream} carries one request and its
 * response across the gateway. Request parsing (the strict request line, headers and target) is the codec's,
 * in {@link io.griddle.server.http1.codec}. What every connection shares is
 * {@link io.griddle.server.http1.ConnectionSettings}.
 *
 * {@code FileChunks} sends files where sendfile cannot (TLS, HTTP/2); {@link io.griddle.server.http1.OnLoop} is how
 * any thread's send reaches a connection's loop (also for WebSocket sessions).
 *
 * <p>Twenty-two classes, above the project's ~15 per package: the connection's pieces are package-private on purpose
 * (they share the pump's state through package access and none is API), and moving some to a sub-package would
 * make them public for no reader's benefit.
 */
package io.griddle.server.http1;
