package io.griddle.benchmarks;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WebSocket load client, on Netty (one event loop by default), in two modes.
 *
 * <p><b>Echo</b> (default): {@code --connections} WebSockets each send a {@code --size}-byte text message and wait
 * for its echo before sending the next (closed loop); after {@code --warmup} seconds it counts round trips for
 * {@code --duration} seconds and prints {@code round trips/s: N}.
 *
 * <p><b>Idle</b> ({@code --idle N}): opens N WebSockets and leaves them idle, then times {@code --quick-requests}
 * sequential {@code GET /quick} requests (a new connection each) on the same server, and prints their latency
 * percentiles; then closes everything.
 *
 * <p><b>Interleaved</b> ({@code --targets raw=ws://...,griddle=ws://...}): each server, already started, is warmed
 * up for {@code --warmup} seconds once; then {@code --rounds} rounds give each server one {@code --duration}-second
 * echo burst in turn (the order rotating per round); it prints every round and the median of the per-round ratios to
 * the first target.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.griddle.benchmarks.WsLoadClient --url ws://127.0.0.1:8000/echo
 * [--connections 64] [--size 1024] [--warmup 5] [--duration 20] [--loops 1] [--idle N --quick-requests 200]
 * [--targets NAME=URL,... --rounds R]}.
 */
public final class WsLoadClient {

    private WsLoadClient() {}

    record Options(
            URI url,
            int connections,
            int size,
            int warmup,
            int duration,
            int loops,
            int idle,
            int quickRequests,
            Map<String, URI> targets,
            int rounds) {
        static Options parse(String[] args) {
            URI url = URI.create("ws://127.0.0.1:8000/echo");
            int connections = 64;
            int size = 1024;
            int warmup = 5;
            int duration = 20;
            int loops = 1;
            int idle = 0;
            int quickRequests = 200;
            Map<String, URI> targets = new LinkedHashMap<>();
            int rounds = 1;
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--url" -> url = URI.create(value);
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--size" -> size = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--duration" -> duration = Integer.parseInt(value);
                    case "--loops" -> loops = Integer.parseInt(value);
                    case "--idle" -> idle = Integer.parseInt(value);
                    case "--quick-requests" -> quickRequests = Integer.parseInt(value);
                    case "--targets" -> {
                        for (String target : value.split(",")) {
                            String[] nameAndUrl = target.split("=", 2);
                            targets.put(nameAndUrl[0], URI.create(nameAndUrl[1]));
                        }
                    }
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(url, connections, size, warmup, duration, loops, idle, quickRequests, targets, rounds);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.loops(), io);
        try {
            if (options.idle() > 0) {
                idle(options, group, epoll);
            } else if (!options.targets().isEmpty()) {
                interleave(options, group, epoll);
            } else {
                echo(options, group, epoll);
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private static void echo(Options options, EventLoopGroup group, boolean epoll) throws Exception {
        double rate = burst(options.url(), options, group, epoll, options.warmup(), options.duration());
        System.out.printf("connections: %d, message: %d bytes%n", options.connections(), options.size());
        System.out.printf("round trips/s: %.0f%n", rate);
    }

    // Every target is warmed up once, then each round gives each target one burst (the order rotating per round),
    // and each round's rates are divided by the first target's: the medians of those ratios are the figure, since
    // this machine's speed drifts between rounds but hardly within one.
    private static void interleave(Options options, EventLoopGroup group, boolean epoll) throws Exception {
        List<String> names = new ArrayList<>(options.targets().keySet());
        for (String name : names) {
            burst(options.targets().get(name), options, group, epoll, options.warmup(), 1);
            System.out.printf("warmed up %s (%d s)%n", name, options.warmup());
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (int round = 0; round < options.rounds(); round++) {
            Map<String, Double> thisRound = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                thisRound.put(name, burst(options.targets().get(name), options, group, epoll, 1, options.duration()));
            }
            StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
            double base = thisRound.get(names.get(0));
            for (String name : names) {
                double rate = thisRound.get(name);
                rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
                ratios.computeIfAbsent(name, k -> new ArrayList<>()).add(rate / base);
                line.append(String.format(" %s %.0f (%.3f)", name, rate, rate / base));
            }
            System.out.println(line);
        }
        System.out.printf(
                "%nmedians over %d rounds (%d connections, %d-byte text, %d s bursts):%n",
                options.rounds(), options.connections(), options.size(), options.duration());
        for (String name : names) {
            System.out.printf(
                    "%-8s %10.0f round trips/s   median per-round ratio to %s: %.3f%n",
                    name, median(rates.get(name)), names.get(0), median(ratios.get(name)));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // Opens the connections, lets them run `settle` seconds, then counts round trips for `duration` seconds.
    private static double burst(URI url, Options options, EventLoopGroup group, boolean epoll, int settle, int duration)
            throws Exception {
        byte[] text = new byte[options.size()];
        Arrays.fill(text, (byte) 'x');
        ByteBuf message =
                Unpooled.unreleasableBuffer(Unpooled.directBuffer(text.length).writeBytes(text));
        AtomicLong roundTrips = new AtomicLong();
        CountDownLatch open = new CountDownLatch(options.connections());
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < options.connections(); i++) {
            channels.add(connect(url, group, epoll, new Pinger(message, roundTrips, open)));
        }
        if (!open.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("handshakes did not complete: " + open.getCount() + " left");
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
        long before = roundTrips.get();
        long start = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(duration));
        long counted = roundTrips.get() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Channel channel : channels) {
            channel.close().sync();
        }
        return counted / seconds;
    }

    private static void idle(Options options, EventLoopGroup group, boolean epoll) throws Exception {
        CountDownLatch open = new CountDownLatch(options.idle());
        List<Channel> channels = new ArrayList<>(options.idle());
        for (int i = 0; i < options.idle(); i++) {
            channels.add(connect(options.url(), group, epoll, new Pinger(null, new AtomicLong(), open)));
            if (i % 500 == 499) {
                Thread.sleep(50); // let the server's accept queue drain
            }
        }
        if (!open.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("handshakes did not complete: " + open.getCount() + " left");
        }
        System.out.println("open idle WebSockets: " + options.idle());
        long[] nanos = new long[options.quickRequests()];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            String answer = quick(options.url());
            nanos[i] = System.nanoTime() - started;
            if (!answer.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("GET /quick answered: " + answer);
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "GET /quick beside them, %d requests: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        long stillOpen = channels.stream().filter(Channel::isActive).count();
        System.out.println("still open afterwards: " + stillOpen);
        channels.forEach(Channel::close);
    }

    private static String quick(URI url) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /quick HTTP/1.1\r\nHost: " + url.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static Channel connect(URI url, EventLoopGroup group, boolean epoll, Pinger pinger)
            throws InterruptedException {
        WebSocketClientProtocolConfig protocol = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(url)
                .maxFramePayloadLength(16 * 1024 * 1024)
                .handshakeTimeoutMillis(60_000)
                .build();
        return new Bootstrap()
                .group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new HttpClientCodec())
                                .addLast(new HttpObjectAggregator(8192))
                                .addLast(new WebSocketClientProtocolHandler(protocol))
                                .addLast(new WebSocketFrameAggregator(16 * 1024 * 1024))
                                .addLast(pinger);
                    }
                })
                .connect(url.getHost(), url.getPort())
                .sync()
                .channel();
    }

    /** Sends a message once the handshake completes, and the next one each time the echo comes back. */
    private static final class Pinger extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final ByteBuf message;
        private final AtomicLong roundTrips;
        private final CountDownLatch open;

        Pinger(ByteBuf message, AtomicLong roundTrips, CountDownLatch open) {
            this.message = message;
            this.roundTrips = roundTrips;
            this.open = open;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                open.countDown();
                send(ctx);
            }
            ctx.fireUserEventTriggered(event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame) {
                roundTrips.incrementAndGet();
                send(ctx);
            }
        }

        private void send(ChannelHandlerContext ctx) {
            if (message != null) {
                ctx.writeAndFlush(new TextWebSocketFrame(message.duplicate()));
            }
        }

        @Override
        public boolean isSharable() {
            return false;
        }
    }
}
