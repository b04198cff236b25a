/**
 * HTTP/1.1 over Netty: {@link io.griddle.server.http1.HttpConnection} owns a connection (keep-alive, pipelining,
 * flow control, malformed input), and {@link io.griddle.server.http1.HttpStream} carries one request and its
 * response across the gateway.
 */
package io.griddle.server.http1;
