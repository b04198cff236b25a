/**
 * HTTP/2 and TLS pieces for {@code io.griddle.server.ConnectionSetup}, which sets up each connection: TLS with ALPN
 * choosing {@code h2} or {@code http/1.1}, or cleartext HTTP/2 by prior knowledge or by {@code Upgrade: h2c}
 * ({@link io.griddle.server.http2.H2cUpgrade}); {@link io.griddle.server.http2.GoAway} ends an idle or stopping
 * HTTP/2 connection. Each HTTP/2 stream is served by the same
 * {@link io.griddle.server.http1.HttpConnection} as an HTTP/1.1 request, through Netty's stream-to-HTTP/1 codec, so
 * the application sees one gateway contract whatever the protocol.
 */
package io.griddle.server.http2;
