package io.griddle.server.http2;

import io.griddle.server.http1.HttpConnection;
import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.util.AsciiString;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Cleartext HTTP/2 by {@code Upgrade: h2c} (RFC 7540 section 3.2), in front of an HTTP/1.1 connection. A request
 * asking for {@code h2c} with a valid {@code HTTP2-Settings} gets {@code 101 Switching Protocols}; the connection
 * then speaks HTTP/2 and the request itself is answered on stream 1, through the same handlers as any stream.
 *
 * <p>The upgrade is declined, and the request served over HTTP/1.1 as usual (which the protocol allows), when the
 * connection still has a request in flight (pipelining), when the request expects {@code 100 Continue}, has a
 * chunked body, or a body over {@link #MAX_UPGRADE_BODY}: an upgrade request is held in memory whole before it is
 * switched, and Griddle's body limits and backpressure apply on the HTTP/1.1 path.
 */
public final class H2cUpgrade extends HttpServerUpgradeHandler {

    /** The largest request body an upgrade request may carry; larger ones stay on HTTP/1.1. */
    static final int MAX_UPGRADE_BODY = 64 * 1024;

    private static final AsciiString H2C = AsciiString.cached(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME.toString());

    private final HttpConnection connection;

    /**
     * @param http1      the HTTP/1.1 handlers to take out of the pipeline once the connection switches
     * @param connection the connection's HTTP/1.1 handler, asked whether it is idle
     * @param frameCodec makes the connection's HTTP/2 frame codec
     * @param behind     makes the handlers that go behind the frame codec: the one serving each HTTP/2 stream
     *                   (stream 1 included), and the connection's own (its GOAWAY)
     */
    public H2cUpgrade(
            SourceCodec http1,
            HttpConnection connection,
            Supplier<Http2FrameCodec> frameCodec,
            Function<Http2FrameCodec, ChannelHandler[]> behind) {
        super(
                http1,
                protocol -> AsciiString.contentEqualsIgnoreCase(H2C, protocol)
                        ? upgradeCodec(frameCodec.get(), behind)
                        : null,
                MAX_UPGRADE_BODY);
        this.connection = connection;
    }

    private static Http2ServerUpgradeCodec upgradeCodec(
            Http2FrameCodec codec, Function<Http2FrameCodec, ChannelHandler[]> behind) {
        return new Http2ServerUpgradeCodec(codec, behind.apply(codec));
    }

    @Override
    protected boolean shouldHandleUpgradeRequest(HttpRequest request) {
        HttpHeaders headers = request.headers();
        return request.decoderResult().isSuccess() // a malformed request is answered by the connection
                && asksForH2c(headers.get(HttpHeaderNames.UPGRADE))
                && connection.idle()
                && !HttpUtil.is100ContinueExpected(request)
                && !HttpUtil.isTransferEncodingChunked(request)
                && HttpUtil.getContentLength(request, 0L) <= MAX_UPGRADE_BODY;
    }

    // Upgrade is a comma-separated list of protocols; only h2c is ours (others, websocket say, pass through).
    private static boolean asksForH2c(String upgrade) {
        if (upgrade == null) {
            return false;
        }
        for (String protocol : upgrade.split(",")) {
            if (H2C.contentEqualsIgnoreCase(protocol.strip())) {
                return true;
            }
        }
        return false;
    }
}
