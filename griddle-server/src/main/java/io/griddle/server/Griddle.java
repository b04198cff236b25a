package io.griddle.server;

import io.griddle.gateway.Gateway;
import io.griddle.server.logging.LogSetup;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a Griddle application from its {@code main} method, with the same flags as every Griddle app
 * ({@code --host --port --loops --blocking-threads --slow-callback-ms ...}; {@code --help} lists them).
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Griddle.run(App.create().include(new Shop()), args);
 * }
 * }</pre>
 *
 * <p>It serves until the process gets SIGINT or SIGTERM, then stops gracefully. Exit codes: 2 for a bad flag, 3 when
 * the application cannot start (its startup failed, or the address is taken).
 */
public final class Griddle {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.server");

    private Griddle() {
    }

    /** Parses the flags, serves the application, and returns once the server has stopped. */
    public static void run(Gateway app, String... args) {
        ServerConfig config;
        try {
            config = ServerOptions.parse(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (ServerOptions.BadFlag badFlag) {
            System.err.println("Error: " + badFlag.getMessage() + " (try --help)");
            System.exit(2);
            return;
        }
        if (config == null) {
            return; // --help or --version
        }
        run(app, config);
    }

    /** Serves the application with a configuration built in code, until SIGINT or SIGTERM. */
    public static void run(Gateway app, ServerConfig config) {
        LogSetup.apply(config.logLevel(), config.logFormat(), config.useColors());
        GriddleServer server;
        try {
            server = GriddleServer.start(app, config);
        } catch (GriddleServer.StartupFailure failure) {
            LOG.error("{}", failure.getMessage());
            System.exit(3);
            return;
        }
        Thread stopper = new Thread(server::stop, "griddle-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.awaitStop();
    }
}
