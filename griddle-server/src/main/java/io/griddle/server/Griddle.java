package io.griddle.server;

import io.griddle.gateway.Gateway;
import io.griddle.server.logging.LogSetup;
import io.griddle.server.supervisor.Supervisor;
import io.griddle.server.supervisor.SupervisorConfig;
import io.griddle.server.supervisor.WorkerAgent;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a Griddle application from its {@code main} method, with the same flags as every Griddle app
 * ({@code --host --port --loops --blocking-threads --slow-callback-ms --workers --reload ...}; {@code --help} lists
 * them).
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Griddle.run(App.create().include(new Shop()), args);
 * }
 * }</pre>
 *
 * <p>It serves until the process gets SIGINT or SIGTERM, then stops gracefully. With {@code --workers N} or
 * {@code --reload} this process becomes a supervisor that runs the same {@code main} again in child processes (see
 * {@link Supervisor}). Exit codes: 2 for a bad flag, 3 when the application cannot start (its startup failed, or the
 * address is taken).
 */
public final class Griddle {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.server");

    private Griddle() {}

    /** Parses the flags, serves the application, and returns once the server has stopped. */
    public static void run(Gateway app, String... args) {
        ServerOptions.Launch launch = parseForMain(args, false);
        if (launch != null) {
            launch(launch.config(), launch.processes(), () -> app);
        }
    }

    /**
     * The command line of a {@code main} method: {@code null} once help or the version is printed; a bad flag is
     * reported in one line and the process exits with code 2.
     *
     * @param launcher whether the command line names the application (the {@code griddle} launcher, {@link Main}),
     *                 rather than being an app's own {@code main}
     */
    static ServerOptions.Launch parseForMain(String[] args, boolean launcher) {
        PrintWriter out = new PrintWriter(System.out, true);
        try {
            return launcher
                    ? ServerOptions.parseLaunch(args, System.getenv(), out)
                    : ServerOptions.parseOwnMain(args, System.getenv(), out);
        } catch (ServerOptions.BadFlag badFlag) {
            System.err.println("Error: " + badFlag.getMessage() + " (try --help)");
            System.exit(2);
            return null;
        }
    }

    /** Serves the application with a configuration built in code, until SIGINT or SIGTERM. */
    public static void run(Gateway app, ServerConfig config) {
        launch(config, SupervisorConfig.single(), () -> app);
    }

    /**
     * Serves as the command line asked: one server; or, with {@code --workers}/{@code --reload}, a supervisor (the
     * application is then not loaded in this process); or, in a process a supervisor started, one worker on the
     * supervisor's socket.
     *
     * @param app gives the application; an {@link IllegalArgumentException} says in one line why it cannot
     */
    static void launch(ServerConfig config, SupervisorConfig processes, Supplier<Gateway> app) {
        LogSetup.apply(config.logLevel(), config.logFormat(), config.useColors());
        MemorySettings.applyAllocatorDefaults(config.loops());
        boolean worker = WorkerAgent.isWorker();
        if (!worker && processes.supervises()) {
            System.exit(Supervisor.run(config, processes));
            return;
        }
        if (!worker
                && (!processes.reloadDirs().isEmpty()
                        || !processes.reloadIncludes().isEmpty()
                        || !processes.reloadExcludes().isEmpty())) {
            LOG.warn("--reload-dir, --reload-include and --reload-exclude take effect only with --reload.");
        }
        WorkerAgent agent = null;
        if (worker) {
            try {
                agent = WorkerAgent.connect();
            } catch (IOException e) {
                LOG.error("{}", e.getMessage());
                System.exit(3);
                return;
            }
        }
        MemorySettings.log(LOG);
        Gateway gateway;
        try {
            gateway = app.get();
        } catch (IllegalArgumentException cannotLoad) {
            System.err.println(cannotLoad.getMessage());
            fail(agent, cannotLoad.getMessage());
            return;
        }
        GriddleServer server;
        try {
            server = GriddleServer.start(gateway, config, agent != null ? agent.listenerFd() : -1);
        } catch (GriddleServer.StartupFailure failure) {
            LOG.error("{}", failure.getMessage());
            fail(agent, failure.getMessage());
            return;
        }
        WorkerAgent control = agent;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (control != null) {
                                control.stopping();
                            }
                            server.stop();
                        },
                        "griddle-shutdown"));
        if (control != null) {
            control.ready(server::heartbeat, server::stop);
        }
        server.awaitStop();
        if (control != null) {
            control.stopping();
        }
    }

    private static void fail(WorkerAgent agent, String message) {
        if (agent != null) {
            agent.failed(message);
        }
        System.exit(3);
    }
}
