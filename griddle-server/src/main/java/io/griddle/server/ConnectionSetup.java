package io.griddle.server;

import io.griddle.server.http1.ByteActivity;
import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.HttpConnection;
import io.griddle.server.http1.codec.Http1Codec;
import io.griddle.server.http2.GoAway;
import io.griddle.server.http2.H2cUpgrade;
import io.griddle.server.http2.RequestPseudoHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import java.util.List;

/**
 * Sets up each accepted connection: HTTP/1.1; TLS then HTTP/1.1 or HTTP/2 as ALPN decides; or, on cleartext with
 * HTTP/2 on, HTTP/2 when the client opens with the HTTP/2 preface (prior knowledge), and otherwise HTTP/1.1 that a
 * request may switch to HTTP/2 with {@code Upgrade: h2c} ({@link H2cUpgrade}). Every HTTP/1.1 request, and every
 * HTTP/2 stream, is served by an {@link HttpConnection}.
 *
 * <p>Netty's {@code CleartextHttp2ServerUpgradeHandler} does the same two things but insists on its own HTTP/1.1
 * codec; Griddle's codec refuses request smuggling, so the preface is sniffed here and the upgrade is Netty's
 * {@code HttpServerUpgradeHandler} behind Griddle's codec.
 */
final class ConnectionSetup extends ChannelInitializer<Channel> {

    private final ConnectionSettings settings;
    private final HttpDecoderConfig decoding;
    private final SslContext tls;
    private final boolean http2;
    private final ChannelGroup connections;

    /**
     * @param tls   the TLS context, or {@code null} for cleartext
     * @param http2 whether HTTP/2 is offered (ALPN {@code h2} with TLS, prior knowledge or {@code Upgrade: h2c}
     *              without)
     */
    ConnectionSetup(
            ConnectionSettings settings,
            HttpDecoderConfig decoding,
            SslContext tls,
            boolean http2,
            ChannelGroup connections) {
        this.settings = settings;
        this.decoding = decoding;
        this.tls = tls;
        this.http2 = http2;
        this.connections = connections;
    }

    @Override
    protected void initChannel(Channel channel) {
        connections.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("tls", tls.newHandler(channel.alloc()));
            if (http2) {
                pipeline.addLast("alpn", new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
                    @Override
                    protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
                        if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                            http2(ctx.pipeline(), true);
                        } else {
                            http1(ctx.pipeline(), true);
                        }
                    }
                });
            } else {
                http1(pipeline, true);
            }
        } else if (http2) {
            pipeline.addLast("preface", new PriorKnowledge());
        } else {
            http1(pipeline, false);
        }
    }

    private void http1(ChannelPipeline pipeline, boolean secure) {
        http1(pipeline, secure, false);
    }

    // HTTP/1.1; with upgradable, a request may switch the connection to HTTP/2 (Upgrade: h2c).
    private void http1(ChannelPipeline pipeline, boolean secure, boolean upgradable) {
        HttpConnection connection = new HttpConnection(settings, secure, false);
        pipeline.addLast("activity", new ByteActivity(connection)).addLast("http", new Http1Codec(decoding));
        if (upgradable) {
            pipeline.addLast(
                    "h2c-upgrade",
                    new H2cUpgrade(
                            ctx -> {
                                // Switching: the HTTP/1.1 handlers leave; HTTP/2's are added where the upgrade handler
                                // was.
                                ctx.pipeline().remove("activity");
                                ctx.pipeline().remove("http");
                                ctx.pipeline().remove("griddle");
                            },
                            connection,
                            () -> Http2FrameCodecBuilder.forServer().build(),
                            codec -> new ChannelHandler[] {streams(secure), goAway(codec)}));
        }
        pipeline.addLast("griddle", connection);
    }

    private void http2(ChannelPipeline pipeline, boolean secure) {
        Http2FrameCodec codec = Http2FrameCodecBuilder.forServer().build();
        pipeline.addLast("h2", codec).addLast("h2-streams", streams(secure)).addLast("h2-goaway", goAway(codec));
    }

    // The keep-alive timeout of HTTP/1.1 for a connection with no stream open, and its end when the server stops.
    private GoAway goAway(Http2FrameCodec codec) {
        return new GoAway(codec, settings.keepAliveNanos());
    }

    // Each HTTP/2 stream is a child channel served by its own HttpConnection, one request per stream.
    private Http2MultiplexHandler streams(boolean secure) {
        return new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                stream.pipeline()
                        .addLast("h2-request", new RequestPseudoHeaders())
                        .addLast("h2-to-http", new Http2StreamFrameToHttpObjectCodec(true))
                        .addLast("griddle", new HttpConnection(settings, secure, true));
            }
        });
    }

    /** Reads the first bytes of a cleartext connection: the HTTP/2 preface means HTTP/2, anything else HTTP/1.1. */
    private final class PriorKnowledge extends ByteToMessageDecoder {
        private final ByteBuf preface = Http2CodecUtil.connectionPrefaceBuf();

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            int length = Math.min(in.readableBytes(), preface.readableBytes());
            if (!ByteBufUtil.equals(in, in.readerIndex(), preface, preface.readerIndex(), length)) {
                http1(ctx.pipeline(), false, true);
                ctx.pipeline().remove(this); // hands what was read on to HTTP/1.1
            } else if (length == preface.readableBytes()) {
                http2(ctx.pipeline(), false);
                ctx.pipeline().remove(this);
            }
        }

        @Override
        protected void handlerRemoved0(ChannelHandlerContext ctx) {
            preface.release();
        }
    }
}
