package io.griddle.server.http1.codec;

import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpResponseEncoder;

/**
 * The HTTP/1.1 codec of a Griddle connection: {@link StrictRequestDecoder} in, Netty's response encoder out. HEAD
 * responses need no help from the codec: {@code http1.HttpStream} never writes a body or a chunked encoding for them.
 */
public final class Http1Codec extends CombinedChannelDuplexHandler<StrictRequestDecoder, HttpResponseEncoder> {

    public Http1Codec(HttpDecoderConfig config) {
        super(new StrictRequestDecoder(config), new HttpResponseEncoder());
    }
}
