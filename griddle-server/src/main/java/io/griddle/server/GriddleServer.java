package io.griddle.server;

import io.griddle.concurrent.Concurrency;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.LifespanDriver;
import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.ConnectionTracker;
import io.griddle.server.http1.ServerStop;
import io.griddle.server.http1.TrustedProxies;
import io.griddle.server.http2.Tls;
import io.griddle.server.logging.AccessLogWriter;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Griddle server: event loops, a listening socket and the application behind the gateway.
 *
 * <pre>{@code
 * try (GriddleServer server = GriddleServer.start(app, ServerConfig.builder().port(0).build())) {
 *     System.out.println("listening on " + server.port());
 * }
 * }</pre>
 */
public final class GriddleServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.server");

    private final ServerConfig config;
    private final Transport transport;
    private final MultiThreadIoEventLoopGroup loops;
    private final Concurrency concurrency;
    private final LifespanDriver lifespan = new LifespanDriver();
    private final ChannelGroup connections =
            new DefaultChannelGroup("griddle-connections", GlobalEventExecutor.INSTANCE);
    private final Tracker tracker;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Channel listener;
    /** The access log's writer thread, or {@code null} without an access log; closed (flushed) on stop. */
    private volatile AccessLogWriter accessLog;
    // A listening socket handed over by a supervisor (a descriptor of this process), or -1 to bind one.
    private final int sharedListenerFd;

    private GriddleServer(ServerConfig config, int sharedListenerFd) {
        this.config = config;
        this.sharedListenerFd = sharedListenerFd;
        long limit = config.limitMaxRequests() == 0
                ? 0
                : config.limitMaxRequests()
                        + (config.limitMaxRequestsJitter() == 0
                                ? 0
                                : java.util.concurrent.ThreadLocalRandom.current()
                                        .nextLong(config.limitMaxRequestsJitter() + 1));
        this.tracker = new Tracker(limit, this::maxRequestsReached);
        this.transport = Transport.best();
        this.loops = transport.loops(config.loops());
        this.concurrency = Concurrency.builder()
                .blockingThreads(config.blockingThreads())
                .slowCallback(config.slowCallback())
                .strict(config.strictWatchdog())
                .build();
    }

    /**
     * Starts serving: attaches the loops, runs the application's startup, binds the socket.
     *
     * @throws StartupFailure when startup fails or the address cannot be bound; nothing is left running
     */
    public static GriddleServer start(Gateway app, ServerConfig config) {
        return start(app, config, -1);
    }

    /**
     * Starts serving on a listening socket this process already has (a worker's, from its supervisor), instead of
     * binding {@code config}'s address; {@code -1} binds as {@link #start(Gateway, ServerConfig)} does.
     */
    static GriddleServer start(Gateway app, ServerConfig config, int sharedListenerFd) {
        GriddleServer server = new GriddleServer(config, sharedListenerFd);
        try {
            server.startServing(app);
            return server;
        } catch (Throwable failure) {
            server.release();
            throw failure instanceof StartupFailure startupFailure ? startupFailure : new StartupFailure(failure);
        }
    }

    private void startServing(Gateway app) throws Exception {
        for (EventExecutor loop : loops) {
            loop.submit(() -> concurrency.attach((ScheduledExecutorService) loop))
                    .sync();
        }
        LOG.info("Started server process [{}]", ProcessHandle.current().pid());
        Warmup.run(app); // here, off the loops: nothing a first request loads is loaded on a loop
        LOG.info("Waiting for application startup.");
        try {
            if (lifespan.startup(app, loops.next()).get()) {
                LOG.info("Application startup complete.");
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StartupFailure(
                    "Application startup failed: " + e.getCause().getMessage(), e.getCause());
        }
        HttpDecoderConfig decoding = new HttpDecoderConfig()
                .setMaxInitialLineLength(config.maxRequestLine())
                .setMaxHeaderSize(config.maxHeaderSize());
        accessLog = config.accessLog() ? AccessLogWriter.start() : null;
        ConnectionSettings settings = ConnectionSettings.builder(app, tracker)
                .maxBodySize(config.maxBodySize())
                .limitConcurrency(config.limitConcurrency())
                .keepAlive(config.timeoutKeepAlive())
                .headerRead(config.timeoutHeaderRead())
                .requestTimeout(config.timeoutRequest())
                .serverHeader(config.serverHeader())
                .dateHeader(config.dateHeader())
                .extraHeaders(config.extraHeaders())
                .accessLog(accessLog)
                .proxies(config.proxyHeaders() ? TrustedProxies.parse(config.forwardedAllowIps()) : null)
                .rootPath(config.rootPath())
                .webSockets(config.webSockets())
                .build();
        SslContext tls = null;
        if (config.tls() != null) {
            try {
                tls = Tls.context(
                        config.tls().certificate(),
                        config.tls().key(),
                        config.tls().password(),
                        config.tls().caCerts(),
                        switch (config.tls().clientCerts()) {
                            case NONE -> io.netty.handler.ssl.ClientAuth.NONE;
                            case OPTIONAL -> io.netty.handler.ssl.ClientAuth.OPTIONAL;
                            case REQUIRED -> io.netty.handler.ssl.ClientAuth.REQUIRE;
                        },
                        config.http2(),
                        config.tls().ciphers());
            } catch (Exception badTls) {
                throw new StartupFailure("cannot use the TLS certificate or key: " + badTls.getMessage(), badTls);
            }
        }
        // A socket handed over: by a parent process (--fd) or by the workers' supervisor, bound and listening.
        Integer fd = sharedListenerFd >= 0 ? Integer.valueOf(sharedListenerFd) : config.fd();
        InheritedSocket.Adopted inherited = fd == null ? null : inheritedSocket(fd);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops)
                .childHandler(new ConnectionSetup(settings, decoding, tls, config.http2(), connections));
        if (inherited != null) {
            bootstrap.channelFactory((io.netty.channel.ChannelFactory<ServerChannel>) inherited::channel);
        } else {
            bootstrap
                    .channel(config.uds() != null ? transport.domainServerChannel() : transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, config.backlog());
        }
        if (inherited == null && config.uds() == null) {
            bootstrap.option(ChannelOption.SO_REUSEADDR, true);
        }
        if (config.uds() == null && (inherited == null || !inherited.domain())) {
            bootstrap.childOption(ChannelOption.TCP_NODELAY, true);
        }
        try {
            if (inherited != null) {
                listener = bootstrap.register().sync().channel(); // bound and listening already: accept on it
            } else if (config.uds() != null) {
                removeStaleSocket(config.uds());
                listener = bootstrap
                        .bind(transport.domainAddress(config.uds()))
                        .sync()
                        .channel();
                // Anyone on the machine may connect, as Uvicorn makes a new socket (0666).
                java.nio.file.Files.setPosixFilePermissions(
                        config.uds(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
            } else {
                listener = bootstrap.bind(config.host(), config.port()).sync().channel();
            }
        } catch (Exception bindError) {
            throw new StartupFailure("could not bind " + where() + ": " + bindError.getMessage(), bindError);
        }
        String scheme = tls == null ? "http" : "https";
        LOG.info(
                "Griddle running on {} (Press CTRL+C to quit) [{} transport, {} loop(s), blocking: {}{}]",
                config.fd() != null
                        ? "socket fd " + config.fd() + " ("
                                + (inherited.address() instanceof InetSocketAddress address
                                        ? scheme + "://" + address.getHostString() + ":" + address.getPort()
                                        : "unix socket " + inherited.address())
                                + ")"
                        : config.uds() != null
                                ? "unix socket " + config.uds()
                                : scheme + "://" + hostForUrl() + ":" + port(),
                transport.name(),
                config.loops(),
                config.blockingThreads() == 0 ? "virtual threads" : config.blockingThreads() + " threads",
                config.http2() ? ", HTTP/2" : "");
    }

    // The inherited socket, checked before anything is set up on it.
    private InheritedSocket.Adopted inheritedSocket(int fd) {
        if (!transport.name().equals("epoll")) {
            throw new StartupFailure(
                    "--fd needs the epoll transport (this server uses " + transport.name() + ")", null);
        }
        try {
            return InheritedSocket.adopt(fd);
        } catch (java.io.IOException | RuntimeException unusable) {
            throw new StartupFailure("cannot serve on --fd " + fd + ": " + unusable.getMessage(), unusable);
        }
    }

    private String where() {
        if (config.fd() != null) {
            return "inherited socket fd " + config.fd();
        }
        return config.uds() != null ? "unix socket " + config.uds() : config.host() + ":" + config.port();
    }

    // A socket file left by a previous run is replaced; any other file is never clobbered.
    private static void removeStaleSocket(java.nio.file.Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!java.nio.file.Files.readAttributes(
                        path,
                        java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS)
                .isOther()) {
            throw new java.io.IOException(path + " exists and is not a socket");
        }
        java.nio.file.Files.delete(path);
    }

    private String hostForUrl() {
        return config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    }

    /** The port the server listens on (the one picked, when started with port 0); -1 on a Unix socket. */
    public int port() {
        return listener.localAddress() instanceof InetSocketAddress address ? address.getPort() : -1;
    }

    /** The concurrency settings and executors: the blocking executor, the loops, the watchdog. */
    public Concurrency concurrency() {
        return concurrency;
    }

    /**
     * Completes once every event loop has run a task: the server's answer to a supervisor's health ping, which a
     * loop blocked by a handler cannot give.
     */
    public java.util.concurrent.CompletableFuture<Void> heartbeat() {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> beats = new java.util.ArrayList<>();
        for (EventExecutor loop : loops) {
            java.util.concurrent.CompletableFuture<Void> beat = new java.util.concurrent.CompletableFuture<>();
            try {
                loop.execute(() -> beat.complete(null));
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                beat.completeExceptionally(stopped);
            }
            beats.add(beat);
        }
        return java.util.concurrent.CompletableFuture.allOf(
                beats.toArray(java.util.concurrent.CompletableFuture[]::new));
    }

    /** Requests being served right now. */
    public int inFlight() {
        return tracker.inFlight.intValue();
    }

    /**
     * Stops gracefully: stop accepting, let requests in flight finish (up to the configured limit; their responses
     * carry {@code connection: close}), close the connections, run the shutdown hooks, stop the loops.
     */
    public void stop() {
        if (stopped.getCount() == 0 || tracker.shuttingDown) {
            awaitStop();
            return;
        }
        tracker.shuttingDown = true;
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        LOG.info("Shutting down"); // once no new connection can get in: whoever reads the line can rely on that
        // Each connection handles the event on its loop; waiting for that means the ones given a moment for their
        // first request (settling) are known before the wait below looks.
        java.util.List<io.netty.util.concurrent.Future<?>> told = new java.util.ArrayList<>();
        for (Channel connection : connections) {
            told.add(connection
                    .eventLoop()
                    .submit(() -> connection.pipeline().fireUserEventTriggered(ServerStop.SHUTDOWN)));
        }
        for (io.netty.util.concurrent.Future<?> done : told) {
            done.awaitUninterruptibly(1, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + config.gracefulShutdown().toNanos();
        while ((tracker.inFlight.sum() > 0 || tracker.calls.sum() > 0 || ServerStop.anySettling(connections))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (tracker.calls.sum() > tracker.inFlight.sum()) {
            LOG.warn(
                    "Cancelling {} task(s) after the response still running after {} ms",
                    tracker.calls.sum() - tracker.inFlight.sum(),
                    config.gracefulShutdown().toMillis());
        }
        if (tracker.inFlight.sum() > 0) {
            LOG.warn(
                    "Cancelling {} request(s) still running after {} ms",
                    tracker.inFlight.sum(),
                    config.gracefulShutdown().toMillis());
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        closeAccessLog(); // every request has its line now: written before the shutdown's own lines
        if (config.uds() != null) {
            try {
                java.nio.file.Files.deleteIfExists(config.uds());
            } catch (java.io.IOException e) {
                LOG.warn("could not remove the socket file {}: {}", config.uds(), e.getMessage());
            }
        }
        LOG.info("Waiting for application shutdown.");
        try {
            lifespan.shutdown(config.gracefulShutdown());
            LOG.info("Application shutdown complete.");
        } catch (Exception e) {
            LOG.error("Application shutdown failed: {}", e.getMessage());
        }
        release();
        LOG.info("Finished server process [{}]", ProcessHandle.current().pid());
    }

    private void release() {
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        closeAccessLog();
        concurrency.close();
        stopped.countDown();
    }

    private void closeAccessLog() {
        AccessLogWriter writer = accessLog;
        if (writer != null) {
            writer.close();
        }
    }

    /** Waits until the server has stopped. */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void maxRequestsReached(long limit) {
        LOG.warn("Maximum request limit of {} exceeded. Terminating process.", limit);
        Thread.ofPlatform().name("griddle-recycle").start(this::stop);
    }

    private static final class Tracker implements ConnectionTracker {
        // Loops on different cores count here: an adder keeps them off one contended cache line.
        final LongAdder inFlight = new LongAdder();
        final LongAdder calls = new LongAdder(); // calls going on (background tasks), whether answered or not
        final long maxRequests;
        final java.util.function.LongConsumer onMaxRequests;
        final java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
        volatile boolean shuttingDown;

        Tracker(long maxRequests, java.util.function.LongConsumer onMaxRequests) {
            this.maxRequests = maxRequests;
            this.onMaxRequests = onMaxRequests;
        }

        @Override
        public void requestStarted() {
            inFlight.increment();
            if (maxRequests > 0 && started.incrementAndGet() == maxRequests) {
                onMaxRequests.accept(maxRequests);
            }
        }

        @Override
        public void requestEnded() {
            inFlight.decrement();
        }

        @Override
        public void callRunning() {
            calls.increment();
        }

        @Override
        public void callEnded() {
            calls.decrement();
        }

        @Override
        public boolean shuttingDown() {
            return shuttingDown;
        }
    }

    /** The server could not start: the application's startup failed, or the address could not be bound. */
    public static final class StartupFailure extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        StartupFailure(String message, Throwable cause) {
            super(message, cause);
        }

        StartupFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
