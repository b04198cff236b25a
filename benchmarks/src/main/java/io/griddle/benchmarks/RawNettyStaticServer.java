package io.griddle.benchmarks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultFileRegion;
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
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The raw-Netty baseline of the static-file load harness ({@code benchmarks/load/run-static.sh}): GET of a plain
 * file name under a directory answered with its bytes by {@code sendfile} ({@link DefaultFileRegion}), with
 * content-type, content-length and last-modified, as lean as a hand-written server gets (a {@code stat} per
 * request, as any server that notices changed files needs). Names with a slash, a backslash or a leading dot are
 * 404; no ranges, no conditional requests.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.griddle.benchmarks.RawNettyStaticServer --dir D [--host H]
 * [--port N] [--loops N]}.
 */
public final class RawNettyStaticServer {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private RawNettyStaticServer() {}

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of("benchmarks/target/static");
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dir") && i + 1 < args.length) {
                directory = Path.of(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        RawNettyServer.Options options = RawNettyServer.Options.parse(rest.toArray(String[]::new));
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType =
                epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.loops(), io);
        FileHandler handler = new FileHandler(directory.toAbsolutePath().normalize());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(channelType)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new HttpServerCodec(), handler);
                        }
                    })
                    .bind(options.host(), options.port())
                    .sync()
                    .channel();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() ->
                            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly()));
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            System.out.println("raw-netty-static listening on http://" + options.host() + ":" + port + ", serving "
                    + directory.toAbsolutePath() + " (" + (epoll ? "epoll" : "nio") + ")");
            server.closeFuture().sync();
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        }
    }

    /** Answers each request's head with the file, the body (if any) dropped. */
    @ChannelHandler.Sharable
    static final class FileHandler extends SimpleChannelInboundHandler<HttpObject> {

        private final Path root;

        FileHandler(Path root) {
            this.root = root;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) throws IOException {
            if (!(message instanceof HttpRequest request)) {
                return;
            }
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            String name = request.uri().substring(1);
            int query = name.indexOf('?');
            if (query >= 0) {
                name = name.substring(0, query);
            }
            BasicFileAttributes attributes = null;
            Path file = null;
            if (request.method().equals(HttpMethod.GET)
                    && !name.isEmpty()
                    && name.indexOf('/') < 0
                    && name.indexOf('\\') < 0
                    && name.charAt(0) != '.') {
                file = root.resolve(name);
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException missing) {
                    attributes = null;
                }
            }
            if (attributes == null || !attributes.isRegularFile()) {
                HttpResponse notFound = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND);
                notFound.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
                ctx.write(notFound, ctx.voidPromise());
                finish(ctx, keepAlive);
                return;
            }
            HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_OCTET_STREAM)
                    .set(HttpHeaderNames.CONTENT_LENGTH, attributes.size())
                    .set(
                            HttpHeaderNames.LAST_MODIFIED,
                            HTTP_DATE.format(attributes.lastModifiedTime().toInstant()));
            ctx.write(response, ctx.voidPromise());
            ctx.write(new DefaultFileRegion(FileChannel.open(file), 0, attributes.size()), ctx.voidPromise());
            finish(ctx, keepAlive);
        }

        private static void finish(ChannelHandlerContext ctx, boolean keepAlive) {
            if (keepAlive) {
                ctx.write(LastHttpContent.EMPTY_LAST_CONTENT, ctx.voidPromise());
            } else {
                ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
