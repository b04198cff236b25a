package io.griddle.benchmarks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * The baseline of the WebSocket echo benchmark: a lean, hand-written WebSocket server on raw Netty, serving
 * {@code /echo} on one event loop. It echoes each whole message by handing the received buffer back (no copy, no
 * text decoding), with Netty's own protocol handler (handshake, pings, closes, UTF-8 check) and a 16 MiB message
 * limit, as Griddle's defaults have. No compression is offered.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.griddle.benchmarks.RawNettyWsEchoServer [--host H] [--port N]
 * [--loops N]}.
 */
public final class RawNettyWsEchoServer {

    private static final int MAX_SIZE = 16 * 1024 * 1024;

    private RawNettyWsEchoServer() {}

    public static void main(String[] args) throws InterruptedException {
        RawNettyServer.Options options = RawNettyServer.Options.parse(args);
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType =
                epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.loops(), io);
        WebSocketServerProtocolConfig protocol = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/echo")
                .maxFramePayloadLength(MAX_SIZE)
                .checkStartsWith(false)
                .build();
        try {
            var channel = new ServerBootstrap()
                    .group(group)
                    .channel(channelType)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpObjectAggregator(8192))
                                    .addLast(new WebSocketServerProtocolHandler(protocol))
                                    .addLast(new WebSocketFrameAggregator(MAX_SIZE))
                                    .addLast(new Echo());
                        }
                    })
                    .bind(options.host(), options.port())
                    .sync()
                    .channel();
            System.out.println("raw-netty-ws listening on " + channel.localAddress() + " (" + (epoll ? "epoll" : "nio")
                    + ", " + options.loops() + " loop(s))");
            channel.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }

    private static final class Echo extends SimpleChannelInboundHandler<WebSocketFrame> {
        Echo() {
            super(false); // the frame's buffer goes back out, released by the encoder
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame) {
                ctx.writeAndFlush(frame);
            } else {
                frame.release();
            }
        }
    }
}
