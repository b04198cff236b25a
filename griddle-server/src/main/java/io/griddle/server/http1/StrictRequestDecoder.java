package io.griddle.server.http1;

import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequestDecoder;

/**
 * Netty's request decoder, refusing a request that carries both {@code Content-Length} and
 * {@code Transfer-Encoding}: proxies and servers may disagree on where such a body ends, which is how requests are
 * smuggled. Netty would drop the length and go on; Griddle answers 400 and closes, as RFC 9112 permits.
 */
final class StrictRequestDecoder extends HttpRequestDecoder {

    StrictRequestDecoder(HttpDecoderConfig config) {
        super(config);
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        throw new IllegalArgumentException("both Content-Length and Transfer-Encoding: refused (request smuggling)");
    }
}
