/**
 * The HTTP/1.1 codec: how request bytes become Netty's request objects, strictly (decision 024).
 * {@link io.griddle.server.http1.codec.Http1Codec} is the pipeline handler: {@code StrictRequestDecoder} (Netty's
 * decoder with its leniencies taken out) in, Netty's response encoder out. {@code RequestLine} and
 * {@code RequestHeaders} hold the request line and header rules; a refusal is a
 * {@link io.griddle.server.http1.codec.RefusedRequest}, which the connection answers with 400.
 * {@link io.griddle.server.http1.codec.RequestTarget} splits and decodes a target (for HTTP/2 streams too).
 * Only those three are public, for {@code io.griddle.server.http1} and the server's connection set-up; the package is
 * not exported by the module.
 */
package io.griddle.server.http1.codec;
