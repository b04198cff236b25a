package io.griddle.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the tool behind the "Netty's defaults" column of docs/hostile-http.md. It sends every HTTP/1.1 case of
 * the corpus to a bare Netty server ({@code HttpServerCodec} with its defaults, Netty's keep-alive handler, and a
 * handler that answers 400 and closes on a failed decoder result, and 200 at the end of each request otherwise), and
 * writes each case's outcome, in the corpus's words, with the number of requests the handler saw, to
 * {@code target/hostile-netty-defaults.txt}. Run it with
 * {@code -Dtest=NettyDefaultsComparison -Dhostile.compare=true}.
 */
@EnabledIfSystemProperty(named = "hostile.compare", matches = "true")
class NettyDefaultsComparison {

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @Test
    void writeTheOutcomesOfNettysDefaults() throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline()
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpServerKeepAliveHandler())
                                    .addLast(new Answer());
                        }
                    })
                    .bind("127.0.0.1", 0)
                    .sync()
                    .channel();
            int port = ((java.net.InetSocketAddress) server.localAddress()).getPort();
            List<String> lines = new ArrayList<>();
            for (String file : HostileCorpusTest.FILES) {
                for (HostileCase c : HostileCase.load("/hostile/" + file)) {
                    if (!c.kind().equals("http1") || !c.server().equals("plain")) {
                        continue;
                    }
                    REQUESTS.set(0);
                    String outcome = Http1Outcome.of(port, c.bytes(), HostileCorpusTest.wanted(c));
                    lines.add(c.name() + "\t" + outcome + "\tapp " + REQUESTS.get());
                }
            }
            server.close().sync();
            Path out = Path.of("target", "hostile-netty-defaults.txt");
            Files.write(out, lines);
        } finally {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS)
                    .sync();
        }
    }

    /** 400 and close for what the decoder failed; 200 (empty) at the end of each request it decoded. */
    private static final class Answer extends SimpleChannelInboundHandler<HttpObject> {
        private boolean keepAlive;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) throws IOException {
            if (message.decoderResult().isFailure()) {
                FullHttpResponse bad = new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST, Unpooled.EMPTY_BUFFER);
                bad.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0).set(HttpHeaderNames.CONNECTION, "close");
                ctx.writeAndFlush(bad).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            if (message instanceof HttpRequest request) {
                REQUESTS.incrementAndGet();
                keepAlive = HttpUtil.isKeepAlive(request);
            }
            if (message instanceof LastHttpContent) {
                FullHttpResponse ok =
                        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.EMPTY_BUFFER);
                HttpUtil.setContentLength(ok, 0);
                HttpUtil.setKeepAlive(ok, keepAlive);
                ctx.writeAndFlush(ok);
            }
        }
    }
}
