package io.griddle.server;

import java.time.Duration;

/**
 * What a server is started with. {@link ServerOptions} fills it from the command line; tests build it directly.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.defaults().withPort(0).withLoops(1);
 * }</pre>
 *
 * @param host              the address to bind
 * @param port              the port; 0 picks a free one
 * @param loops             event-loop threads
 * @param blockingThreads   0 for a virtual thread per blocking call, else a bounded pool of that many threads
 * @param slowCallback      how long a task may hold a loop before the watchdog warns
 * @param strictWatchdog    fail the request that held a loop too long, instead of only warning
 * @param maxRequestLine    the longest request line accepted (longer: 414)
 * @param maxHeaderSize     the most header bytes accepted (more: 431)
 * @param gracefulShutdown  how long a stop waits for requests in flight
 */
public record ServerConfig(String host, int port, int loops, int blockingThreads, Duration slowCallback,
                           boolean strictWatchdog, int maxRequestLine, int maxHeaderSize, Duration gracefulShutdown) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    public static final int DEFAULT_MAX_REQUEST_LINE = 8192;
    public static final int DEFAULT_MAX_HEADER_SIZE = 16384;
    public static final Duration DEFAULT_GRACEFUL_SHUTDOWN = Duration.ofSeconds(30);

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (loops < 1) {
            throw new IllegalArgumentException("loops must be at least 1, not " + loops);
        }
        if (blockingThreads < 0) {
            throw new IllegalArgumentException("blocking threads must be 0 (virtual threads) or more, not " + blockingThreads);
        }
    }

    /** 127.0.0.1:8000, one loop per core, virtual threads, a 100 ms watchdog. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Runtime.getRuntime().availableProcessors(), 0,
                Duration.ofMillis(100), false, DEFAULT_MAX_REQUEST_LINE, DEFAULT_MAX_HEADER_SIZE,
                DEFAULT_GRACEFUL_SHUTDOWN);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, loops, blockingThreads, slowCallback, strictWatchdog, maxRequestLine,
                maxHeaderSize, gracefulShutdown);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, loops, blockingThreads, slowCallback, strictWatchdog, maxRequestLine,
                maxHeaderSize, gracefulShutdown);
    }

    public ServerConfig withLoops(int value) {
        return new ServerConfig(host, port, value, blockingThreads, slowCallback, strictWatchdog, maxRequestLine,
                maxHeaderSize, gracefulShutdown);
    }

    public ServerConfig withBlockingThreads(int value) {
        return new ServerConfig(host, port, loops, value, slowCallback, strictWatchdog, maxRequestLine,
                maxHeaderSize, gracefulShutdown);
    }

    public ServerConfig withSlowCallback(Duration value, boolean strict) {
        return new ServerConfig(host, port, loops, blockingThreads, value, strict, maxRequestLine,
                maxHeaderSize, gracefulShutdown);
    }

    public ServerConfig withLimits(int requestLine, int headerSize) {
        return new ServerConfig(host, port, loops, blockingThreads, slowCallback, strictWatchdog, requestLine,
                headerSize, gracefulShutdown);
    }

    public ServerConfig withGracefulShutdown(Duration value) {
        return new ServerConfig(host, port, loops, blockingThreads, slowCallback, strictWatchdog, maxRequestLine,
                maxHeaderSize, value);
    }
}
