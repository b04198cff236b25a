// Longer than 400 lines on purpose: it is mostly the declaration of every flag (name, default, help text), which
// reads best as one list in the order --help prints it.
package io.griddle.server;

import io.griddle.server.supervisor.SupervisorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The command-line flags every Griddle app takes, Uvicorn's where they exist. Each flag can also come from the
 * environment as {@code GRIDDLE_<NAME>} ({@code --blocking-threads} is {@code GRIDDLE_BLOCKING_THREADS}) or from
 * an {@code --env-file} holding such lines; the command line wins over the environment, which wins over the file.
 * A bad value gets a one-line error naming the flag, and exit code 2.
 */
@Command(
        name = "griddle",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Serve a Griddle application. Every flag may also be set as GRIDDLE_<NAME> in the environment"
                + " or in --env-file (e.g. GRIDDLE_PORT=9000).",
        versionProvider = ServerOptions.Version.class)
final class ServerOptions {

    @ArgGroup(validate = false, heading = "%nSocket%n", order = 1)
    Socket socket = new Socket();

    @ArgGroup(validate = false, heading = "%nConcurrency%n", order = 2)
    Threads threads = new Threads();

    @ArgGroup(validate = false, heading = "%nLimits and timeouts%n", order = 3)
    Limits limits = new Limits();

    @ArgGroup(validate = false, heading = "%nResponses and logging%n", order = 4)
    Output output = new Output();

    @ArgGroup(validate = false, heading = "%nBehind a proxy%n", order = 5)
    Proxy proxy = new Proxy();

    @ArgGroup(validate = false, heading = "%nTLS and HTTP/2%n", order = 6)
    Security security = new Security();

    // ---- Inherited socket (--fd): its own group, so that other flag groups can grow without touching it.
    @ArgGroup(validate = false, heading = "%nInherited socket%n", order = 7)
    Inherited inherited = new Inherited();

    static final class Inherited {
        @Option(
                names = "--fd",
                paramLabel = "FD",
                description = "Serve on this listening socket inherited from the parent process (systemd socket"
                        + " activation) instead of --host/--port or --uds; needs the epoll transport.")
        Integer fd;

        /** Refuses --fd beside a flag that names another socket, and where no transport can adopt it. */
        void check(Map<String, Boolean> socketFlagsGiven) throws BadFlag {
            if (fd == null) {
                return;
            }
            for (Map.Entry<String, Boolean> flag : socketFlagsGiven.entrySet()) {
                if (flag.getValue()) {
                    throw new BadFlag("--fd and " + flag.getKey() + " both name the socket to serve on: give one");
                }
            }
            String transport = Transport.best().name();
            if (!transport.equals("epoll")) {
                throw new BadFlag("--fd needs the epoll transport (this JVM would use " + transport + ")");
            }
        }
    }
    // ---- end of the inherited-socket group

    @ArgGroup(validate = false, heading = "%nProcesses%n", order = 8)
    Processes processes = new Processes();

    @ArgGroup(validate = false, heading = "%nWebSockets%n", order = 9)
    WebSockets webSockets = new WebSockets();

    static final class WebSockets {
        @Option(
                names = "--ws",
                paramLabel = "auto|none",
                defaultValue = "auto",
                description = "Serve WebSocket upgrades (auto), or serve such requests as plain HTTP (none)"
                        + " (default: ${DEFAULT-VALUE}).")
        String ws;

        @Option(
                names = "--ws-max-size",
                paramLabel = "BYTES",
                defaultValue = "16777216",
                description = "Close a WebSocket with 1009 on a larger message (default: ${DEFAULT-VALUE}, 16 MiB).")
        int maxSize;

        @Option(
                names = "--ws-max-queue",
                paramLabel = "N",
                defaultValue = "32",
                description = "Stop reading a WebSocket while N received messages wait for the application"
                        + " (default: ${DEFAULT-VALUE}).")
        int maxQueue;

        @Option(
                names = "--ws-ping-interval",
                paramLabel = "S",
                defaultValue = "20",
                description = "Ping each WebSocket this often; 0 for never (default: ${DEFAULT-VALUE}).")
        double pingInterval;

        @Option(
                names = "--ws-ping-timeout",
                paramLabel = "S",
                defaultValue = "20",
                description = "Close a WebSocket (1011) whose pong takes longer; 0 for no limit"
                        + " (default: ${DEFAULT-VALUE}).")
        double pingTimeout;

        @Option(
                names = "--ws-per-message-deflate",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                description = "Offer permessage-deflate compression (default: on).")
        boolean perMessageDeflate;

        WebSocketConfig toConfig() throws BadFlag {
            require(ws.equals("auto") || ws.equals("none"), "--ws", "'" + ws + "' (auto or none)");
            return new WebSocketConfig(
                    ws.equals("auto"),
                    maxSize,
                    maxQueue,
                    seconds(pingInterval),
                    seconds(pingTimeout),
                    perMessageDeflate);
        }
    }

    @picocli.CommandLine.Parameters(
            arity = "0..1",
            paramLabel = "APP",
            description = "For the griddle launcher: the application, CLASS:ATTRIBUTE (a static field or no-argument"
                    + " static method), e.g. com.example.Shop:app.")
    String app;

    @Option(names = "--factory", order = 9, description = "For the griddle launcher: APP names a factory method.")
    boolean factory;

    @Option(
            names = "--env-file",
            paramLabel = "FILE",
            order = 8,
            description = "Read GRIDDLE_<NAME>=value settings from this file.")
    Path envFile;

    static final class Socket {
        @Option(
                names = "--host",
                paramLabel = "HOST",
                defaultValue = ServerConfig.DEFAULT_HOST,
                description = "Bind to this address (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(
                names = "--port",
                paramLabel = "PORT",
                defaultValue = "8000",
                description = "Bind to this port; 0 picks a free one and logs it (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(
                names = "--uds",
                paramLabel = "PATH",
                description = "Serve on this Unix domain socket instead of --host and --port.")
        Path uds;

        @Option(
                names = "--backlog",
                paramLabel = "N",
                defaultValue = "2048",
                description = "The most connections waiting to be accepted (default: ${DEFAULT-VALUE}).")
        int backlog;
    }

    static final class Threads {
        @Option(
                names = "--loops",
                paramLabel = "N",
                description = "Event-loop threads: async handlers run on them (default: the number of cores).")
        Integer loops;

        @Option(
                names = "--blocking-threads",
                paramLabel = "N",
                defaultValue = "0",
                description = "Run blocking handlers on a bounded pool of N platform threads (FastAPI's is 40)"
                        + " instead of a virtual thread per call (default: 0, virtual threads).")
        int blockingThreads;

        @Option(
                names = "--slow-callback-ms",
                paramLabel = "MS",
                defaultValue = "100",
                description = "Warn, naming the route and showing the stack, when one task holds an event loop"
                        + " longer than this (default: ${DEFAULT-VALUE}).")
        long slowCallbackMs;

        @Option(
                names = "--slow-callback-strict",
                hidden = true,
                description = "Fail the request that held a loop too long (for tests).")
        boolean slowCallbackStrict;
    }

    static final class Limits {
        @Option(
                names = "--limit-concurrency",
                paramLabel = "N",
                defaultValue = "0",
                description = "Answer 503 to requests beyond N at once (default: 0, no limit).")
        int limitConcurrency;

        @Option(
                names = "--limit-max-requests",
                paramLabel = "N",
                defaultValue = "0",
                description = "Stop gracefully after N requests, to recycle the process (default: 0, never).")
        long limitMaxRequests;

        @Option(
                names = "--limit-max-requests-jitter",
                paramLabel = "N",
                defaultValue = "0",
                description = "Add up to N at random to --limit-max-requests (default: ${DEFAULT-VALUE}).")
        long limitMaxRequestsJitter;

        @Option(
                names = "--max-request-line",
                paramLabel = "BYTES",
                defaultValue = "8192",
                description = "Answer 414 to a longer request line (default: ${DEFAULT-VALUE}).")
        int maxRequestLine;

        @Option(
                names = "--max-header-size",
                paramLabel = "BYTES",
                defaultValue = "16384",
                description = "Answer 431 to more header bytes (default: ${DEFAULT-VALUE}).")
        int maxHeaderSize;

        @Option(
                names = "--max-body-size",
                paramLabel = "BYTES",
                defaultValue = "16777216",
                description =
                        "Answer 413 to a larger request body; 0 for no limit (default: ${DEFAULT-VALUE}, 16 MiB).")
        long maxBodySize;

        @Option(
                names = "--timeout-keep-alive",
                paramLabel = "S",
                defaultValue = "5",
                description = "Close a connection idle this long between requests (default: ${DEFAULT-VALUE}).")
        double timeoutKeepAlive;

        @Option(
                names = "--timeout-header-read",
                paramLabel = "S",
                defaultValue = "10",
                description = "Close a connection whose request line and headers take longer (slowloris)"
                        + " (default: ${DEFAULT-VALUE}).")
        double timeoutHeaderRead;

        @Option(
                names = "--timeout-request",
                paramLabel = "S",
                defaultValue = "0",
                description = "Answer 503 and cancel a request still running after this long; 0 for none"
                        + " (default: ${DEFAULT-VALUE}).")
        double timeoutRequest;

        @Option(
                names = "--timeout-graceful-shutdown",
                paramLabel = "S",
                defaultValue = "30",
                description = "On stop, wait this long for requests in flight, then cancel them"
                        + " (default: ${DEFAULT-VALUE}).")
        double timeoutGracefulShutdown;
    }

    static final class Output {
        @Option(
                names = "--access-log",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                description = "Log each request with its status and time (default: on).")
        boolean accessLog;

        @Option(
                names = "--server-header",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                description = "Send 'server: griddle' (default: on).")
        boolean serverHeader;

        @Option(
                names = "--date-header",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                description = "Send a 'date' header (default: on).")
        boolean dateHeader;

        @Option(
                names = "--log-level",
                paramLabel = "LEVEL",
                defaultValue = "info",
                description = "critical, error, warning, info, debug or trace (default: ${DEFAULT-VALUE}).")
        String logLevel;

        @Option(
                names = "--log-format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text (Uvicorn's look) or json (one object per line) (default: ${DEFAULT-VALUE}).")
        String logFormat;

        @Option(
                names = "--use-colors",
                negatable = true,
                description = "Colour the log levels (default: only on a terminal).")
        Boolean useColors;

        @Option(
                names = "--header",
                paramLabel = "NAME:VALUE",
                description = "Add this header to every response; repeatable.")
        List<String> headers = new ArrayList<>();
    }

    static final class Proxy {
        @Option(
                names = "--proxy-headers",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                description = "Take the client's address, scheme and host from Forwarded / X-Forwarded-* headers"
                        + " sent by a trusted proxy (default: on).")
        boolean proxyHeaders;

        @Option(
                names = "--forwarded-allow-ips",
                paramLabel = "IPS",
                defaultValue = "127.0.0.1",
                description =
                        "The proxies trusted: IPs, CIDR blocks or *, comma-separated (default: ${DEFAULT-VALUE}).")
        String forwardedAllowIps;

        @Option(
                names = "--root-path",
                paramLabel = "PATH",
                defaultValue = "",
                description = "The prefix the application is served under behind a proxy, e.g. /api.")
        String rootPath;
    }

    static final class Security {
        @Option(names = "--ssl-certfile", paramLabel = "FILE", description = "The certificate chain, PEM: serve HTTPS.")
        Path certfile;

        @Option(names = "--ssl-keyfile", paramLabel = "FILE", description = "The private key, PEM (PKCS#8).")
        Path keyfile;

        @Option(names = "--ssl-keyfile-password", paramLabel = "PASSWORD", description = "The key's password.")
        String keyfilePassword;

        @Option(
                names = "--ssl-ca-certs",
                paramLabel = "FILE",
                description = "CA certificates, PEM, to verify client certificates with.")
        Path caCerts;

        @Option(
                names = "--ssl-cert-reqs",
                paramLabel = "N",
                description = "Client certificates: 0 not asked for, 1 optional (verified when presented), 2 required;"
                        + " 1 and 2 need --ssl-ca-certs (default: 1 with --ssl-ca-certs, else 0).")
        Integer certReqs;

        @Option(
                names = "--ssl-ciphers",
                paramLabel = "SUITES",
                description = "The TLS cipher suites offered, by their standard names, separated by ':' or ','"
                        + " (default: TLS 1.3's, and TLS 1.2's ECDHE with AES-GCM or ChaCha20-Poly1305). Only TLS"
                        + " 1.3 and 1.2 are spoken.")
        String ciphers;

        @Option(
                names = "--http2",
                description = "Offer HTTP/2: h2 through ALPN with TLS; prior knowledge or Upgrade: h2c on cleartext.")
        boolean http2;
    }

    static final class Processes {
        @Option(
                names = "--workers",
                paramLabel = "N",
                description = "Run N worker processes under a supervisor, all serving one socket; SIGHUP restarts"
                        + " them one by one, SIGTTIN/SIGTTOU add or remove one (default: a single process, no"
                        + " supervisor; $WEB_CONCURRENCY also sets it).")
        Integer workers;

        @Option(
                names = "--timeout-worker-healthcheck",
                paramLabel = "S",
                defaultValue = "5",
                description = "Kill and replace a worker that does not answer a health ping within this time"
                        + " (default: ${DEFAULT-VALUE}).")
        double healthCheck;

        @Option(
                names = "--reload",
                description = "Restart the app when its classes or resources change (for development).")
        boolean reload;

        @Option(
                names = "--reload-dir",
                paramLabel = "DIR",
                description = "Watch this directory; repeatable (default: the class path's directories).")
        List<Path> reloadDirs = new ArrayList<>();

        @Option(
                names = "--reload-include",
                paramLabel = "GLOB",
                description = "Also restart for files matching this glob; repeatable (default: every file).")
        List<String> reloadIncludes = new ArrayList<>();

        @Option(
                names = "--reload-exclude",
                paramLabel = "GLOB",
                description =
                        "Ignore files matching this glob, or this directory; repeatable (default: .*, .sw.*, ~*).")
        List<String> reloadExcludes = new ArrayList<>();

        @Option(
                names = "--reload-delay",
                paramLabel = "S",
                defaultValue = "0.25",
                description = "Gather changes for this long before restarting (default: ${DEFAULT-VALUE}).")
        double reloadDelay;
    }

    /** What the launcher was asked to serve, and how. */
    record Launch(String app, boolean factory, ServerConfig config, SupervisorConfig processes) {}

    /** The flags of an app's own {@code main} (no APP argument); {@code null} when help or the version was printed. */
    // "A:B,C" as [A, B, C]: OpenSSL's separator, as Uvicorn's flag takes, or commas.
    private static List<String> cipherList(String text) {
        List<String> names = new ArrayList<>();
        for (String name : text.split("[:,]")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    static ServerConfig parse(String[] args, Map<String, String> environment, PrintWriter out) throws BadFlag {
        Launch launch = parseOwnMain(args, environment, out);
        return launch == null ? null : launch.config();
    }

    /** The command line of an app's own {@code main}; {@code null} when help was printed. */
    static Launch parseOwnMain(String[] args, Map<String, String> environment, PrintWriter out) throws BadFlag {
        Launch launch = parseLaunch(args, environment, out);
        if (launch == null) {
            return null;
        }
        if (launch.app() != null || launch.factory()) {
            throw new BadFlag("Unmatched argument '" + (launch.app() != null ? launch.app() : "--factory")
                    + "': this app is started from its own main (the APP argument is for the griddle launcher)");
        }
        return launch;
    }

    /** The launcher's command line: the APP reference and the flags; {@code null} when help was printed. */
    static Launch parseLaunch(String[] args, Map<String, String> environment, PrintWriter out) throws BadFlag {
        ServerOptions options = new ServerOptions();
        CommandLine commandLine = new CommandLine(options);
        EnvironmentDefaults defaults = new EnvironmentDefaults(environment, envFile(args, environment));
        commandLine.setDefaultValueProvider(defaults);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new BadFlag(e.getMessage());
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            out.flush();
            return null;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            out.flush();
            return null;
        }
        Map<String, Boolean> socketFlags = new java.util.LinkedHashMap<>();
        for (String flag : List.of("--uds", "--host", "--port")) {
            socketFlags.put(flag, commandLine.getParseResult().hasMatchedOption(flag) || defaults.supplies(flag));
        }
        options.inherited.check(socketFlags);
        ServerConfig config = options.toConfig();
        return new Launch(options.app, options.factory, config, options.processes(config, environment));
    }

    // The env file has to be known before parsing, since it supplies defaults for the other flags.
    private static Map<String, String> envFile(String[] args, Map<String, String> environment) throws BadFlag {
        String file = environment.get("GRIDDLE_ENV_FILE");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--env-file") && i + 1 < args.length) {
                file = args[i + 1];
            } else if (args[i].startsWith("--env-file=")) {
                file = args[i].substring("--env-file=".length());
            }
        }
        if (file == null) {
            return Map.of();
        }
        try {
            return EnvFile.parse(Files.readAllLines(Path.of(file)));
        } catch (IOException e) {
            throw new BadFlag(
                    "Invalid value for option '--env-file': cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Supplies a flag's default from GRIDDLE_NAME in the environment, then in the env file. */
    private record EnvironmentDefaults(Map<String, String> environment, Map<String, String> file)
            implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec argument) {
            if (!(argument instanceof OptionSpec option)) {
                return null;
            }
            String value = given(option.longestName());
            return value != null ? value : option.defaultValue();
        }

        // GRIDDLE_NAME's value, from the environment or else the file; null when neither sets it.
        private String given(String flag) {
            String key =
                    "GRIDDLE_" + flag.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
            String value = environment.get(key);
            return value != null ? value : file.get(key);
        }

        /** Whether the environment or the env file sets this flag. */
        boolean supplies(String flag) {
            return given(flag) != null;
        }
    }

    // Only what the command line adds is checked here (NAME:VALUE syntax, flags given in pairs); every value's
    // range is checked by ServerConfig and TlsFiles, whose InvalidSetting already names the flag.
    private ServerConfig toConfig() throws BadFlag {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String header : output.headers) {
            int colon = header.indexOf(':');
            require(colon > 0, "--header", "'" + header + "' (write NAME:VALUE)");
            headers.add(Map.entry(
                    header.substring(0, colon).strip(),
                    header.substring(colon + 1).strip()));
        }
        String rootPath = proxy.rootPath.strip().replaceAll("/+$", "");
        try {
            ServerConfig.TlsFiles tls = security.certfile == null && security.keyfile == null
                    ? null
                    : new ServerConfig.TlsFiles(
                            security.certfile,
                            security.keyfile,
                            security.keyfilePassword,
                            security.caCerts,
                            security.certReqs == null ? null : ServerConfig.ClientCerts.of(security.certReqs),
                            security.ciphers == null ? null : cipherList(security.ciphers));
            return ServerConfig.builder()
                    .tls(tls)
                    .http2(security.http2)
                    .proxyHeaders(proxy.proxyHeaders)
                    .forwardedAllowIps(proxy.forwardedAllowIps)
                    .rootPath(rootPath)
                    .uds(socket.uds)
                    .fd(inherited.fd)
                    .host(socket.host)
                    .port(socket.port)
                    .backlog(socket.backlog)
                    .loops(threads.loops == null ? Runtime.getRuntime().availableProcessors() : threads.loops)
                    .blockingThreads(threads.blockingThreads)
                    .slowCallback(Duration.ofMillis(threads.slowCallbackMs))
                    .strictWatchdog(threads.slowCallbackStrict)
                    .limitConcurrency(limits.limitConcurrency)
                    .limitMaxRequests(limits.limitMaxRequests, limits.limitMaxRequestsJitter)
                    .maxRequestLine(limits.maxRequestLine)
                    .maxHeaderSize(limits.maxHeaderSize)
                    .maxBodySize(limits.maxBodySize)
                    .timeoutKeepAlive(seconds(limits.timeoutKeepAlive))
                    .timeoutHeaderRead(seconds(limits.timeoutHeaderRead))
                    .timeoutRequest(seconds(limits.timeoutRequest))
                    .gracefulShutdown(seconds(limits.timeoutGracefulShutdown))
                    .accessLog(output.accessLog)
                    .serverHeader(output.serverHeader)
                    .dateHeader(output.dateHeader)
                    .extraHeaders(headers)
                    .logging(output.logLevel, output.logFormat, output.useColors)
                    .webSockets(webSockets.toConfig())
                    .build();
        } catch (InvalidSetting invalid) {
            throw new BadFlag(invalid.getMessage());
        }
    }

    private SupervisorConfig processes(ServerConfig config, Map<String, String> environment) throws BadFlag {
        Integer workers = processes.workers;
        String concurrency = environment.get("WEB_CONCURRENCY");
        if (workers == null && concurrency != null && !concurrency.isBlank()) {
            try {
                workers = Integer.parseInt(concurrency.strip());
            } catch (NumberFormatException e) {
                throw new BadFlag("Invalid value for WEB_CONCURRENCY: '" + concurrency + "' is not a number");
            }
        }
        require(workers == null || workers >= 1, "--workers", workers + " (at least 1)");
        if (config.uds() != null && (workers != null || processes.reload)) {
            throw new BadFlag("Invalid value for option '--uds': --workers and --reload serve on a TCP port"
                    + " (--host and --port), not on a Unix socket");
        }
        if (config.fd() != null && (workers != null || processes.reload)) {
            throw new BadFlag("Invalid value for option '--fd': --workers and --reload bind their own port"
                    + " (--host and --port), not an inherited socket");
        }
        for (String pattern : processes.reloadIncludes) {
            require(!pattern.isBlank(), "--reload-include", "an empty pattern");
        }
        for (String pattern : processes.reloadExcludes) {
            require(!pattern.isBlank(), "--reload-exclude", "an empty pattern");
        }
        try {
            return new SupervisorConfig(
                    workers == null ? 0 : workers,
                    seconds(processes.healthCheck),
                    processes.reload,
                    processes.reloadDirs,
                    processes.reloadIncludes,
                    processes.reloadExcludes,
                    seconds(processes.reloadDelay));
        } catch (InvalidSetting invalid) {
            throw new BadFlag(invalid.getMessage());
        }
    }

    private static Duration seconds(double value) {
        return Duration.ofNanos((long) (value * 1_000_000_000L));
    }

    private static void require(boolean condition, String flag, String problem) throws BadFlag {
        if (!condition) {
            throw new BadFlag("Invalid value for option '" + flag + "': " + problem);
        }
    }

    /** A flag that could not be used; the message names it. */
    static final class BadFlag extends Exception {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        BadFlag(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ServerOptions.class.getPackage().getImplementationVersion();
            return new String[] {"griddle " + (version == null ? "dev" : version) + " on Java " + Runtime.version()};
        }
    }
}
