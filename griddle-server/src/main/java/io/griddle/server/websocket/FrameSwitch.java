package io.griddle.server.websocket;

import io.griddle.gateway.Headers;
import io.griddle.server.WebSocketConfig;
import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.StandardHeaders;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionData;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionUtil;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtension;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import java.util.Map;

/**
 * The switch from HTTP/1.1 to WebSocket frames once the application accepts: the {@code 101} answer (with the
 * chosen subprotocol, {@code permessage-deflate} when offered and negotiated, and the application's extra headers),
 * then the pipeline's HTTP/1.1 handlers give way to Netty's frame codec:
 * <pre>
 *   ws-encoder, ws-decoder, [ws-inflate, ws-deflate], ws-aggregator, griddle (the session)
 * </pre>
 * The decoder refuses unmasked frames, reserved bits (RSV1 too, unless compression was negotiated), oversized control
 * frames and frames over {@code --ws-max-size}, closing with 1002 or 1009; the aggregator joins fragments up to
 * {@code --ws-max-size}; the session checks each whole text message's UTF-8 as it decodes it ({@link StrictUtf8}),
 * closing with 1007.
 */
final class FrameSwitch {

    private FrameSwitch() {}

    /** Writes the {@code 101} answer and switches the pipeline; the future is the answer's write. */
    static ChannelFuture accept(
            ChannelHandlerContext ctx,
            HttpRequest request,
            String subprotocol,
            Headers extraHeaders,
            ConnectionSettings settings) {
        WebSocketConfig config = settings.webSockets();
        WebSocketServerExtension deflate = config.perMessageDeflate() ? negotiateDeflate(request, config) : null;
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.SWITCHING_PROTOCOLS, Unpooled.EMPTY_BUFFER);
        HttpHeaders headers = response.headers();
        if (extraHeaders != null) {
            extraHeaders.forEach(headers::add); // checked by Netty: a CR/LF throws, and the caller answers 500
        }
        headers.set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE)
                .set(
                        HttpHeaderNames.SEC_WEBSOCKET_ACCEPT,
                        Handshake.accept(request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_KEY)));
        if (subprotocol != null) {
            headers.set(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL, subprotocol);
        }
        if (deflate != null) {
            headers.set(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS, describe(deflate.newReponseData()));
        }
        StandardHeaders.addTo(headers, settings);

        ChannelPipeline pipeline = ctx.pipeline();
        String http = pipeline.context("http").name();
        pipeline.addBefore(http, "ws-encoder", new WebSocket13FrameEncoder(false));
        ChannelFuture written = ctx.writeAndFlush(response); // encoded by the HTTP/1.1 codec, now
        WebSocketDecoderConfig decoding = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(config.maxSize())
                .expectMaskedFrames(true)
                .allowMaskMismatch(false)
                .allowExtensions(deflate != null)
                .closeOnProtocolViolation(true)
                .withUTF8Validator(false) // the session validates whole text messages, after decompression
                .build();
        String last = "ws-decoder";
        pipeline.addAfter(http, last, new WebSocket13FrameDecoder(decoding));
        if (deflate != null) {
            pipeline.addAfter(last, "ws-inflate", deflate.newExtensionDecoder());
            pipeline.addAfter("ws-inflate", "ws-deflate", deflate.newExtensionEncoder());
            last = "ws-deflate";
        }
        pipeline.addAfter(last, "ws-aggregator", new WebSocketFrameAggregator(config.maxSize()));
        for (String name : new String[] {"activity", "h2c-upgrade"}) {
            if (pipeline.get(name) != null) {
                pipeline.remove(name);
            }
        }
        pipeline.remove(http); // bytes it had buffered go on to the frame decoder
        ctx.channel().config().setAutoRead(true);
        return written;
    }

    // The first permessage-deflate offer the handshaker can agree to; decompressed data is capped at the message size.
    private static WebSocketServerExtension negotiateDeflate(HttpRequest request, WebSocketConfig config) {
        String offered = request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS);
        if (offered == null) {
            return null;
        }
        PerMessageDeflateServerExtensionHandshaker handshaker =
                new PerMessageDeflateServerExtensionHandshaker(6, false, 15, false, false, config.maxSize());
        for (WebSocketExtensionData offer : WebSocketExtensionUtil.extractExtensions(offered)) {
            WebSocketServerExtension extension = handshaker.handshakeExtension(offer);
            if (extension != null) {
                return extension;
            }
        }
        return null;
    }

    private static String describe(WebSocketExtensionData data) {
        StringBuilder text = new StringBuilder(data.name());
        for (Map.Entry<String, String> parameter : data.parameters().entrySet()) {
            text.append("; ").append(parameter.getKey());
            if (parameter.getValue() != null) {
                text.append('=').append(parameter.getValue());
            }
        }
        return text.toString();
    }
}
