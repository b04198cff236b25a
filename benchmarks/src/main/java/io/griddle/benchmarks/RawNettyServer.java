package io.griddle.benchmarks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
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
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The baseline the load harness compares Griddle to: a lean, hand-written HTTP/1.1 server on raw Netty that
 * answers {@code GET /quick} with {@code {"status":"quick response"}} and everything else with 404.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.griddle.benchmarks.RawNettyServer [--host H] [--port N] [--loops N]}
 * (defaults {@code 127.0.0.1}, {@code 8000}, {@code 1}; port 0 picks a free port).
 */
public final class RawNettyServer {

    private RawNettyServer() {}

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parse(args);
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType =
                epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;

        // One group both accepts and serves: with --loops 1 the whole server is one thread, as Griddle's is.
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.loops(), io);
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(channelType)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new HttpServerCodec(), QuickHandler.INSTANCE);
                        }
                    })
                    .bind(options.host(), options.port())
                    .sync()
                    .channel();
            // No quiet period: the harness stops the server between runs and should not wait on it.
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> shutDown(group).syncUninterruptibly()));
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            System.err.println(
                    "raw-netty: " + (epoll ? "epoll" : "nio") + " transport, " + options.loops() + " loop(s)");
            System.out.println("raw-netty listening on http://" + options.host() + ":" + port);
            server.closeFuture().sync();
        } finally {
            shutDown(group);
        }
    }

    private static Future<?> shutDown(EventLoopGroup group) {
        return group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }

    /** Answers each request as soon as its head is decoded; the body, if any, is dropped. */
    @ChannelHandler.Sharable
    static final class QuickHandler extends SimpleChannelInboundHandler<HttpObject> {

        static final QuickHandler INSTANCE = new QuickHandler();

        private static final byte[] QUICK_JSON = "{\"status\":\"quick response\"}".getBytes(StandardCharsets.UTF_8);
        private static final AsciiString QUICK_LENGTH = AsciiString.of(Integer.toString(QUICK_JSON.length));
        private static final AsciiString ZERO = AsciiString.cached("0");

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
            if (!(message instanceof HttpRequest request)) {
                return; // body content and the last-content marker: nothing to do
            }
            if (request.decoderResult().isFailure()) {
                respond(ctx, empty(HttpResponseStatus.BAD_REQUEST), false);
                return;
            }
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            FullHttpResponse response;
            if (request.method().equals(HttpMethod.GET) && isQuick(request.uri())) {
                // A small fresh heap buffer per response, as a straightforward hand-written server does.
                ByteBuf body = Unpooled.wrappedBuffer(QUICK_JSON);
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body);
                response.headers()
                        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.CONTENT_LENGTH, QUICK_LENGTH);
            } else {
                response = empty(HttpResponseStatus.NOT_FOUND);
            }
            respond(ctx, response, keepAlive);
        }

        // "/quick", with or without a query string.
        private static boolean isQuick(String uri) {
            return uri.startsWith("/quick") && (uri.length() == 6 || uri.charAt(6) == '?');
        }

        // Writes without flushing: channelReadComplete flushes once per read, which batches pipelined responses.
        private static void respond(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
            HttpHeaders headers = response.headers();
            if (keepAlive) {
                if (!response.protocolVersion().isKeepAliveDefault()) {
                    headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                }
                ctx.write(response, ctx.voidPromise());
            } else {
                headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.write(response).addListener(ChannelFutureListener.CLOSE);
            }
        }

        private static FullHttpResponse empty(HttpResponseStatus status) {
            FullHttpResponse response =
                    new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, ZERO);
            return response;
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close(); // a reset peer or a broken request: drop the connection, nothing to log in a benchmark
        }
    }

    /** The command line: {@code --host}, {@code --port} and {@code --loops}, in any order. */
    record Options(String host, int port, int loops) {

        static Options parse(String[] args) {
            String host = "127.0.0.1";
            int port = 8000;
            int loops = 1;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("-h") || name.equals("--help")) {
                    System.out.println("usage: RawNettyServer [--host H] [--port N] [--loops N]");
                    System.exit(0);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--loops" -> loops = Integer.parseInt(value);
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + name + "; usage: RawNettyServer [--host H] [--port N] [--loops N]");
                }
            }
            if (port < 0 || port > 65535 || loops < 1) {
                throw new IllegalArgumentException("need 0 <= port <= 65535 and loops >= 1");
            }
            return new Options(host, port, loops);
        }
    }
}
