package io.griddle.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a server is started with. {@link ServerOptions} fills it from the command line, the environment and an env
 * file; code and tests build it directly.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder().port(0).loops(1).limitConcurrency(100).build();
 * }</pre>
 *
 * @param host               the address to bind
 * @param port               the port; 0 picks a free one
 * @param backlog            the listen backlog
 * @param loops              event-loop threads
 * @param blockingThreads    0 for a virtual thread per blocking call, else a bounded pool of that many threads
 * @param slowCallback       how long a task may hold a loop before the watchdog warns
 * @param strictWatchdog     fail the request that held a loop too long, instead of only warning
 * @param maxRequestLine     the longest request line accepted (longer: 414)
 * @param maxHeaderSize      the most header bytes accepted (more: 431)
 * @param maxBodySize        the largest request body accepted, in bytes (larger: 413); 0 for no limit
 * @param limitConcurrency   the most requests served at once (more: 503); 0 for no limit
 * @param timeoutKeepAlive   how long an idle keep-alive connection stays open
 * @param timeoutHeaderRead  how long a client may take to send a request's line and headers (slowloris)
 * @param timeoutRequest     how long a request may take before it is answered 503 and cancelled; zero for no limit
 * @param gracefulShutdown   how long a stop waits for requests in flight
 * @param accessLog          whether each request is logged
 * @param serverHeader       whether responses carry {@code server: griddle}
 * @param dateHeader         whether responses carry {@code date}
 * @param extraHeaders       headers added to every response (unless the application set them)
 * @param proxyHeaders       whether forwarding headers from trusted proxies are applied
 * @param forwardedAllowIps  the proxies trusted: IPs, CIDR blocks or {@code *}, comma-separated
 * @param rootPath           the prefix the application is served under behind a proxy ({@code /api})
 * @param logLevel           {@code critical error warning info debug trace}
 * @param logFormat          {@code text} or {@code json}
 * @param useColors          colour the log levels; {@code null} to decide by whether the output is a terminal
 * @param tls                the TLS files, or {@code null} for cleartext
 * @param http2              offer HTTP/2: ALPN {@code h2} with TLS; prior knowledge or {@code Upgrade: h2c} on
 *                           cleartext
 * @param limitMaxRequests   stop gracefully after this many requests (plus up to the jitter); 0 for never
 * @param limitMaxRequestsJitter a random extra, so that processes started together do not all stop together
 * @param uds                a Unix domain socket to serve on instead of host and port, or {@code null}
 * @param fd                 an inherited listening socket's file descriptor to serve on instead of host, port and
 *                           uds (systemd socket activation; epoll transport only), or {@code null}
 * @param webSockets         how WebSockets are served ({@code --ws*} flags)
 */
public record ServerConfig(
        String host,
        int port,
        int backlog,
        int loops,
        int blockingThreads,
        Duration slowCallback,
        boolean strictWatchdog,
        int maxRequestLine,
        int maxHeaderSize,
        long maxBodySize,
        int limitConcurrency,
        Duration timeoutKeepAlive,
        Duration timeoutHeaderRead,
        Duration timeoutRequest,
        Duration gracefulShutdown,
        boolean accessLog,
        boolean serverHeader,
        boolean dateHeader,
        List<Map.Entry<String, String>> extraHeaders,
        boolean proxyHeaders,
        String forwardedAllowIps,
        String rootPath,
        String logLevel,
        String logFormat,
        Boolean useColors,
        TlsFiles tls,
        boolean http2,
        long limitMaxRequests,
        long limitMaxRequestsJitter,
        java.nio.file.Path uds,
        Integer fd,
        WebSocketConfig webSockets) {

    /**
     * PEM files for TLS, and whether clients are asked for a certificate.
     *
     * <pre>{@code
     * new TlsFiles(cert, key, null, ca, ClientCerts.REQUIRED); // mutual TLS: no certificate signed by ca, no connection
     * }</pre>
     *
     * @param certificate the certificate chain
     * @param key         the private key (PKCS#8)
     * @param password    the key's password, or {@code null}
     * @param caCerts     CAs to verify client certificates with, or {@code null}
     * @param clientCerts whether a client certificate is asked for; {@code null} for the default: {@code OPTIONAL}
     *                    with {@code caCerts}, else {@code NONE}
     * @param ciphers     the cipher suites offered, by their standard names ({@code --ssl-ciphers}); {@code null} for
     *                    the default: TLS 1.3's and TLS 1.2's ECDHE suites with AES-GCM or ChaCha20-Poly1305 only.
     *                    Either way only TLS 1.3 and 1.2 are spoken
     */
    public record TlsFiles(
            java.nio.file.Path certificate,
            java.nio.file.Path key,
            String password,
            java.nio.file.Path caCerts,
            ClientCerts clientCerts,
            java.util.List<String> ciphers) {

        /** @throws InvalidSetting when a file is missing or cannot be read, or certificates are asked with no CA */
        public TlsFiles {
            InvalidSetting.check(certificate != null, "--ssl-certfile", "missing (--ssl-keyfile needs it)");
            InvalidSetting.check(key != null, "--ssl-keyfile", "missing (--ssl-certfile needs it)");
            InvalidSetting.check(
                    java.nio.file.Files.isReadable(certificate), "--ssl-certfile", "cannot read " + certificate);
            InvalidSetting.check(java.nio.file.Files.isReadable(key), "--ssl-keyfile", "cannot read " + key);
            InvalidSetting.check(
                    caCerts == null || java.nio.file.Files.isReadable(caCerts),
                    "--ssl-ca-certs",
                    "cannot read " + caCerts);
            if (clientCerts == null) {
                clientCerts = caCerts != null ? ClientCerts.OPTIONAL : ClientCerts.NONE;
            }
            InvalidSetting.check(
                    clientCerts == ClientCerts.NONE || caCerts != null,
                    "--ssl-cert-reqs",
                    clientCerts.ordinal() + " needs --ssl-ca-certs, the CAs to verify client certificates with");
            if (ciphers != null) {
                ciphers = java.util.List.copyOf(ciphers);
                InvalidSetting.check(!ciphers.isEmpty(), "--ssl-ciphers", "empty (name at least one cipher suite)");
                java.util.List<String> unknown = io.griddle.server.http2.Tls.unsupported(ciphers);
                InvalidSetting.check(
                        unknown.isEmpty(), "--ssl-ciphers", "not cipher suites this JVM supports: " + unknown);
            }
        }

        /** With the default cipher suites. */
        public TlsFiles(
                java.nio.file.Path certificate,
                java.nio.file.Path key,
                String password,
                java.nio.file.Path caCerts,
                ClientCerts clientCerts) {
            this(certificate, key, password, caCerts, clientCerts, null);
        }

        /** These files with other cipher suites ({@code --ssl-ciphers}). */
        public TlsFiles withCiphers(java.util.List<String> suites) {
            return new TlsFiles(certificate, key, password, caCerts, clientCerts, suites);
        }

        /** The default for {@code clientCerts}: asked for (not required) when CAs are given. */
        public TlsFiles(
                java.nio.file.Path certificate, java.nio.file.Path key, String password, java.nio.file.Path caCerts) {
            this(certificate, key, password, caCerts, null);
        }
    }

    /** Whether clients are asked for a certificate ({@code --ssl-cert-reqs} 0, 1, 2). */
    public enum ClientCerts {
        /** None is asked for; any presented is ignored. */
        NONE,
        /** One is asked for and, when presented, must be signed by the CAs; a client without one is served. */
        OPTIONAL,
        /** One signed by the CAs is required: without it the handshake fails. */
        REQUIRED;

        /**
         * The level by its command-line number, as Python's {@code ssl.CERT_NONE/OPTIONAL/REQUIRED}.
         *
         * @throws InvalidSetting for another number
         */
        public static ClientCerts of(int number) {
            InvalidSetting.check(
                    number >= 0 && number <= 2,
                    "--ssl-cert-reqs",
                    number + " (0 for none, 1 for optional, 2 for required)");
            return values()[number];
        }
    }

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;

    /**
     * Checks every value: this is the one place a setting's range is checked, for code and command line alike.
     *
     * @throws InvalidSetting naming the flag of the first value out of range
     */
    public ServerConfig {
        InvalidSetting.check(port >= 0 && port <= 65535, "--port", port + " is not in 0..65535");
        InvalidSetting.check(backlog >= 1, "--backlog", backlog + " (at least 1)");
        InvalidSetting.check(loops >= 1, "--loops", loops + " (at least 1)");
        InvalidSetting.check(
                blockingThreads >= 0,
                "--blocking-threads",
                blockingThreads + " (0 for virtual threads, or a pool size)");
        InvalidSetting.check(
                slowCallback.toMillis() >= 1, "--slow-callback-ms", slowCallback.toMillis() + " (at least 1)");
        InvalidSetting.check(limitConcurrency >= 0, "--limit-concurrency", limitConcurrency + " (0 for none)");
        InvalidSetting.check(limitMaxRequests >= 0, "--limit-max-requests", limitMaxRequests + " (0 for never)");
        InvalidSetting.check(
                limitMaxRequestsJitter >= 0, "--limit-max-requests-jitter", limitMaxRequestsJitter + " (0 or more)");
        InvalidSetting.check(maxRequestLine >= 64, "--max-request-line", maxRequestLine + " (at least 64)");
        InvalidSetting.check(maxHeaderSize >= 256, "--max-header-size", maxHeaderSize + " (at least 256)");
        InvalidSetting.check(maxBodySize >= 0, "--max-body-size", maxBodySize + " (0 for none)");
        InvalidSetting.check(
                timeoutKeepAlive.isPositive(),
                "--timeout-keep-alive",
                seconds(timeoutKeepAlive) + " (must be positive)");
        InvalidSetting.check(
                timeoutHeaderRead.isPositive(),
                "--timeout-header-read",
                seconds(timeoutHeaderRead) + " (must be positive)");
        InvalidSetting.check(
                !timeoutRequest.isNegative(), "--timeout-request", seconds(timeoutRequest) + " (0 for none)");
        InvalidSetting.check(
                !gracefulShutdown.isNegative(),
                "--timeout-graceful-shutdown",
                seconds(gracefulShutdown) + " (0 or more)");
        try {
            io.griddle.server.logging.LogSetup.level(logLevel);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("--log-level", e.getMessage());
        }
        InvalidSetting.check(
                logFormat.equals("text") || logFormat.equals("json"),
                "--log-format",
                "'" + logFormat + "' (text or json)");
        extraHeaders = List.copyOf(extraHeaders);
        for (Map.Entry<String, String> header : extraHeaders) {
            String name = header.getKey();
            String value = header.getValue();
            InvalidSetting.check(
                    !name.isEmpty() && (name + value).indexOf('\r') < 0 && (name + value).indexOf('\n') < 0,
                    "--header",
                    "'" + name + ":" + value + "' (a name, and no line breaks)");
        }
        try {
            io.griddle.server.http1.TrustedProxies.parse(forwardedAllowIps);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("--forwarded-allow-ips", e.getMessage());
        }
        InvalidSetting.check(
                rootPath.isEmpty() || rootPath.startsWith("/") && !rootPath.endsWith("/"),
                "--root-path",
                "'" + rootPath + "' (start it with /, and do not end it with one)");
        InvalidSetting.check(fd == null || fd >= 0, "--fd", fd + " (a file descriptor is 0 or more)");
        InvalidSetting.check(
                fd == null || uds == null, "--fd", "--fd and --uds both name the socket to serve on: give one");
        if (webSockets == null) {
            webSockets = WebSocketConfig.defaults();
        }
    }

    // A duration as the command line gives it: seconds.
    private static String seconds(Duration duration) {
        return String.valueOf(duration.toNanos() / 1e9);
    }

    /** Every default: 127.0.0.1:8000, one loop per core, virtual threads, the limits below. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change a few values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.host = host;
        builder.port = port;
        builder.backlog = backlog;
        builder.loops = loops;
        builder.blockingThreads = blockingThreads;
        builder.slowCallback = slowCallback;
        builder.strictWatchdog = strictWatchdog;
        builder.maxRequestLine = maxRequestLine;
        builder.maxHeaderSize = maxHeaderSize;
        builder.maxBodySize = maxBodySize;
        builder.limitConcurrency = limitConcurrency;
        builder.timeoutKeepAlive = timeoutKeepAlive;
        builder.timeoutHeaderRead = timeoutHeaderRead;
        builder.timeoutRequest = timeoutRequest;
        builder.gracefulShutdown = gracefulShutdown;
        builder.accessLog = accessLog;
        builder.serverHeader = serverHeader;
        builder.dateHeader = dateHeader;
        builder.extraHeaders = extraHeaders;
        builder.proxyHeaders = proxyHeaders;
        builder.forwardedAllowIps = forwardedAllowIps;
        builder.rootPath = rootPath;
        builder.logLevel = logLevel;
        builder.logFormat = logFormat;
        builder.useColors = useColors;
        builder.tls = tls;
        builder.http2 = http2;
        builder.limitMaxRequests = limitMaxRequests;
        builder.limitMaxRequestsJitter = limitMaxRequestsJitter;
        builder.uds = uds;
        builder.fd = fd;
        builder.webSockets = webSockets;
        return builder;
    }

    /** Builds a {@link ServerConfig}; every value starts at its documented default. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private int backlog = 2048;
        private int loops = Runtime.getRuntime().availableProcessors();
        private int blockingThreads;
        private Duration slowCallback = Duration.ofMillis(100);
        private boolean strictWatchdog;
        private int maxRequestLine = 8192;
        private int maxHeaderSize = 16384;
        private long maxBodySize = 16L * 1024 * 1024;
        private int limitConcurrency;
        private Duration timeoutKeepAlive = Duration.ofSeconds(5);
        private Duration timeoutHeaderRead = Duration.ofSeconds(10);
        private Duration timeoutRequest = Duration.ZERO;
        private Duration gracefulShutdown = Duration.ofSeconds(30);
        private boolean accessLog = true;
        private boolean serverHeader = true;
        private boolean dateHeader = true;
        private List<Map.Entry<String, String>> extraHeaders = List.of();
        private boolean proxyHeaders = true;
        private String forwardedAllowIps = "127.0.0.1";
        private String rootPath = "";
        private String logLevel = "info";
        private String logFormat = "text";
        private Boolean useColors;
        private TlsFiles tls;
        private boolean http2;
        private long limitMaxRequests;
        private long limitMaxRequestsJitter;
        private java.nio.file.Path uds;
        private Integer fd;
        private WebSocketConfig webSockets = WebSocketConfig.defaults();

        private Builder() {}

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder backlog(int value) {
            backlog = value;
            return this;
        }

        public Builder loops(int value) {
            loops = value;
            return this;
        }

        public Builder blockingThreads(int value) {
            blockingThreads = value;
            return this;
        }

        public Builder slowCallback(Duration value) {
            slowCallback = value;
            return this;
        }

        public Builder strictWatchdog(boolean value) {
            strictWatchdog = value;
            return this;
        }

        public Builder maxRequestLine(int value) {
            maxRequestLine = value;
            return this;
        }

        public Builder maxHeaderSize(int value) {
            maxHeaderSize = value;
            return this;
        }

        public Builder maxBodySize(long value) {
            maxBodySize = value;
            return this;
        }

        public Builder limitConcurrency(int value) {
            limitConcurrency = value;
            return this;
        }

        public Builder timeoutKeepAlive(Duration value) {
            timeoutKeepAlive = value;
            return this;
        }

        public Builder timeoutHeaderRead(Duration value) {
            timeoutHeaderRead = value;
            return this;
        }

        public Builder timeoutRequest(Duration value) {
            timeoutRequest = value;
            return this;
        }

        public Builder gracefulShutdown(Duration value) {
            gracefulShutdown = value;
            return this;
        }

        public Builder accessLog(boolean value) {
            accessLog = value;
            return this;
        }

        public Builder serverHeader(boolean value) {
            serverHeader = value;
            return this;
        }

        public Builder dateHeader(boolean value) {
            dateHeader = value;
            return this;
        }

        public Builder extraHeaders(List<Map.Entry<String, String>> value) {
            extraHeaders = value;
            return this;
        }

        public Builder proxyHeaders(boolean value) {
            proxyHeaders = value;
            return this;
        }

        public Builder forwardedAllowIps(String value) {
            forwardedAllowIps = value;
            return this;
        }

        public Builder rootPath(String value) {
            rootPath = value;
            return this;
        }

        public Builder logging(String level, String format, Boolean colors) {
            logLevel = level;
            logFormat = format;
            useColors = colors;
            return this;
        }

        public Builder tls(TlsFiles value) {
            tls = value;
            return this;
        }

        public Builder http2(boolean value) {
            http2 = value;
            return this;
        }

        public Builder uds(java.nio.file.Path value) {
            uds = value;
            return this;
        }
        /** Serve on this inherited, already listening socket (epoll only); {@code null} binds host and port. */
        public Builder fd(Integer value) {
            fd = value;
            return this;
        }

        public Builder limitMaxRequests(long limit, long jitter) {
            limitMaxRequests = limit;
            limitMaxRequestsJitter = jitter;
            return this;
        }

        /** How WebSockets are served (default {@link WebSocketConfig#defaults()}). */
        public Builder webSockets(WebSocketConfig value) {
            webSockets = value;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(
                    host,
                    port,
                    backlog,
                    loops,
                    blockingThreads,
                    slowCallback,
                    strictWatchdog,
                    maxRequestLine,
                    maxHeaderSize,
                    maxBodySize,
                    limitConcurrency,
                    timeoutKeepAlive,
                    timeoutHeaderRead,
                    timeoutRequest,
                    gracefulShutdown,
                    accessLog,
                    serverHeader,
                    dateHeader,
                    extraHeaders,
                    proxyHeaders,
                    forwardedAllowIps,
                    rootPath,
                    logLevel,
                    logFormat,
                    useColors,
                    tls,
                    http2,
                    limitMaxRequests,
                    limitMaxRequestsJitter,
                    uds,
                    fd,
                    webSockets);
        }
    }
}
