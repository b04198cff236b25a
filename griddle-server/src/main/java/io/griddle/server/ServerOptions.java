package io.griddle.server;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command-line flags every Griddle app takes, Uvicorn's where they exist. Parsed with picocli; a bad value gets
 * a one-line error naming the flag, and exit code 2.
 */
@Command(name = "griddle", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Serve a Griddle application.", versionProvider = ServerOptions.Version.class)
final class ServerOptions {

    @Option(names = "--host", paramLabel = "HOST", description = "Bind to this address (default: ${DEFAULT-VALUE}).")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Bind to this port; 0 picks a free one and logs it (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--loops", paramLabel = "N",
            description = "Event-loop threads: async handlers run on them (default: the number of cores, ${DEFAULT-VALUE} here).")
    int loops = Runtime.getRuntime().availableProcessors();

    @Option(names = "--blocking-threads", paramLabel = "N",
            description = "Run blocking handlers on a bounded pool of N platform threads (FastAPI's is 40) instead of"
                    + " a virtual thread per call (default: 0, virtual threads).")
    int blockingThreads;

    @Option(names = "--slow-callback-ms", paramLabel = "MS",
            description = "Warn, naming the route and showing the stack, when one task holds an event loop longer"
                    + " than this (default: ${DEFAULT-VALUE}).")
    long slowCallbackMs = 100;

    @Option(names = "--slow-callback-strict", hidden = true,
            description = "Fail the request that held a loop too long (for tests).")
    boolean slowCallbackStrict;

    @Option(names = "--timeout-graceful-shutdown", paramLabel = "S",
            description = "On stop, wait this many seconds for requests in flight (default: ${DEFAULT-VALUE}).")
    long gracefulSeconds = ServerConfig.DEFAULT_GRACEFUL_SHUTDOWN.toSeconds();

    /** The parsed flags, or {@code null} when help or the version was printed. */
    static ServerConfig parse(String[] args, PrintWriter out, PrintWriter err) throws BadFlag {
        ServerOptions options = new ServerOptions();
        CommandLine commandLine = new CommandLine(options);
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
        return options.toConfig();
    }

    private ServerConfig toConfig() throws BadFlag {
        if (port < 0 || port > 65535) {
            throw new BadFlag("Invalid value for option '--port': " + port + " is not in 0..65535");
        }
        if (loops < 1) {
            throw new BadFlag("Invalid value for option '--loops': " + loops + " (at least 1)");
        }
        if (blockingThreads < 0) {
            throw new BadFlag("Invalid value for option '--blocking-threads': " + blockingThreads
                    + " (0 for virtual threads, or a pool size)");
        }
        if (slowCallbackMs < 1) {
            throw new BadFlag("Invalid value for option '--slow-callback-ms': " + slowCallbackMs + " (at least 1)");
        }
        if (gracefulSeconds < 0) {
            throw new BadFlag("Invalid value for option '--timeout-graceful-shutdown': " + gracefulSeconds);
        }
        return ServerConfig.defaults()
                .withHost(host)
                .withPort(port)
                .withLoops(loops)
                .withBlockingThreads(blockingThreads)
                .withSlowCallback(Duration.ofMillis(slowCallbackMs), slowCallbackStrict)
                .withGracefulShutdown(Duration.ofSeconds(gracefulSeconds));
    }

    /** A flag that could not be used; the message names it. */
    static final class BadFlag extends Exception {
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
