package io.griddle.server.supervisor;

import io.griddle.server.ServerConfig;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parent process of {@code --workers N} and {@code --reload}: it binds the socket once, starts the workers (this
 * same program, re-run as a child JVM), hands each the socket, and keeps them healthy.
 *
 * <ul>
 *   <li>A worker that dies, or that misses a health ping for {@code --timeout-worker-healthcheck}, is killed and
 *       replaced; one that stops at {@code --limit-max-requests} is replaced the same way.</li>
 *   <li>SIGTERM or SIGINT stop every worker gracefully, then the supervisor.</li>
 *   <li>SIGHUP restarts the workers one at a time: each replacement serves before its predecessor is stopped; a
 *       replacement that cannot start ends the restart and the old worker stays.</li>
 *   <li>SIGTTIN adds a worker, SIGTTOU removes one.</li>
 *   <li>A worker that cannot start at all (the app cannot load, its startup fails) stops the supervisor with exit
 *       code 3; when reloading, the supervisor waits for the next change instead.</li>
 *   <li>With {@code --reload}, a change to a watched file restarts the (single) worker the same way as SIGHUP.</li>
 * </ul>
 *
 * <pre>{@code
 * int exitCode = Supervisor.run(serverConfig, SupervisorConfig.single().withWorkers(4));
 * }</pre>
 */
public final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.supervisor");

    /** How long a new worker may take to load the app and start serving. */
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    private static final long TICK_MILLIS = 500;
    private static final Object WAKE = new Object();

    private final ServerConfig server;
    private final SupervisorConfig config;
    private final WorkerCommand command;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final List<Worker> workers = new ArrayList<>();
    private final Map<Integer, Worker> byId = new ConcurrentHashMap<>();
    private int nextId;
    private int target;
    private volatile boolean stopping;
    private String fatal;
    private boolean waitingForChange;
    private ControlServer control;

    /** A file change seen by the reloader. */
    private record Changed(List<Path> paths) {}

    private Supervisor(ServerConfig server, SupervisorConfig config, WorkerCommand command) {
        this.server = server;
        this.config = config;
        this.command = command;
    }

    /** Supervises workers until a stop signal, or until a worker cannot start; returns the exit code (0 or 3). */
    public static int run(ServerConfig server, SupervisorConfig config) {
        return new Supervisor(server, config, WorkerCommand.ofCurrentProcess()).run();
    }

    private int run() {
        long pid = ProcessHandle.current().pid();
        if (!Epoll.isAvailable()) {
            LOG.error(
                    "--workers and --reload need Linux's epoll transport, which is not available here: {}",
                    Epoll.unavailabilityCause().toString());
            return 3;
        }
        if (config.reload() && config.workers() > 1) {
            LOG.warn("\"workers\" flag is ignored when reloading is enabled.");
        }
        MultiThreadIoEventLoopGroup loop = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("griddle-supervisor", true), EpollIoHandler.newFactory());
        SharedSocket socket = null;
        ChangeWatcher watcher = null;
        Thread safetyNet = new Thread(this::killAll, "griddle-supervisor-exit");
        Runtime.getRuntime().addShutdownHook(safetyNet);
        try {
            try {
                socket = SharedSocket.bind(loop, server.host(), server.port(), server.backlog());
            } catch (Exception e) {
                LOG.error("Could not bind {}:{}: {}", server.host(), server.port(), e.getMessage());
                return 3;
            }
            control = ControlServer.start(loop, socket.fd(), byId::get, () -> events.add(WAKE));
            Signals.install(Signals.HANDLED, this::signalled);
            if (config.reload()) {
                ReloadPlan plan = ReloadPlan.resolve(config, Path.of("").toAbsolutePath());
                LOG.info("Will watch for changes in these directories: {}", plan.directories());
                watcher = ChangeWatcher.start(plan, config.reloadDelay(), paths -> events.add(new Changed(paths)));
                LOG.info("Started reloader process [{}] using {}", pid, ChangeWatcher.NAME);
            } else {
                LOG.info("Started parent process [{}]", pid);
            }
            target = config.workerCount();
            for (int i = 0; i < target; i++) {
                workers.add(spawn());
            }
            supervise();
        } catch (Exception e) {
            LOG.error("The supervisor failed: {}", e.toString());
            fatal = e.toString();
        } finally {
            stopping = true;
            if (socket != null) {
                socket.close(); // the workers keep their copies until they have drained
            }
            for (Worker worker : workers) {
                worker.terminate();
            }
            for (Worker worker : workers) {
                worker.join(joinLimit());
            }
            if (watcher != null) {
                watcher.close();
            }
            if (control != null) {
                control.close();
            }
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
            try {
                Runtime.getRuntime().removeShutdownHook(safetyNet);
            } catch (IllegalStateException alreadyExiting) {
                // the hook runs anyway; every worker has exited
            }
        }
        LOG.info("Stopping {} process [{}]", config.reload() ? "reloader" : "parent", pid);
        return fatal != null ? 3 : 0;
    }

    private void supervise() throws InterruptedException {
        while (!stopping && fatal == null) {
            Object event = events.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            if (event instanceof String signal) {
                handle(signal);
            } else if (event instanceof Changed changed) {
                reload(changed.paths());
            }
            keepAlive();
        }
    }

    private void signalled(String name) {
        if (name.equals("TERM") || name.equals("INT")) {
            LOG.info("Received SIG{}, exiting.", name);
            stopping = true;
        }
        events.add(name);
    }

    private void handle(String signal) {
        switch (signal) {
            case "HUP" -> {
                LOG.info("Received SIGHUP, restarting processes.");
                restartAll();
            }
            case "TTIN" -> {
                if (config.reload()) {
                    LOG.info("Received SIGTTIN; ignored while reloading (one worker).");
                    return;
                }
                LOG.info("Received SIGTTIN, increasing the number of processes.");
                target++;
                workers.add(spawn());
            }
            case "TTOU" -> {
                if (config.reload()) {
                    LOG.info("Received SIGTTOU; ignored while reloading (one worker).");
                    return;
                }
                LOG.info("Received SIGTTOU, decreasing number of processes.");
                if (target <= 1) {
                    LOG.info("Already reached one process, cannot decrease the number of processes anymore.");
                    return;
                }
                target--;
                retire(workers.remove(workers.size() - 1));
            }
            default -> {
                // TERM and INT: the loop ends
            }
        }
    }

    private void reload(List<Path> paths) {
        List<String> names = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath();
        for (Path path : paths) {
            names.add("'" + (path.startsWith(cwd) ? cwd.relativize(path) : path) + "'");
        }
        LOG.warn("{} detected changes in {}. Reloading...", ChangeWatcher.NAME, String.join(", ", names));
        waitingForChange = false;
        if (workers.isEmpty()) {
            Worker fresh = spawn();
            String problem = awaitReady(fresh);
            if (problem != null) {
                LOG.error(
                        "Child process [{}] failed to start: {}. Waiting for changes to try again.",
                        fresh.pid(),
                        problem);
                discard(fresh);
                waitingForChange = true;
            } else {
                workers.add(fresh);
            }
            return;
        }
        restartAll();
    }

    // One worker at a time: its replacement must serve before it is stopped, so the socket always has a worker.
    private void restartAll() {
        for (int i = 0; i < workers.size() && !stopping; i++) {
            Worker old = workers.get(i);
            Worker fresh = spawn();
            String problem = awaitReady(fresh);
            if (problem != null) {
                LOG.error(
                        "New child process [{}] failed to start ({}); keeping worker [{}] and aborting the restart.",
                        fresh.pid(),
                        problem,
                        old.pid());
                discard(fresh);
                return;
            }
            workers.set(i, fresh);
            retire(old);
        }
    }

    /** Null once the worker serves; otherwise why it will not. */
    private String awaitReady(Worker worker) {
        long deadline = worker.startedAt() + STARTUP_LIMIT.toNanos();
        while (true) {
            if (worker.ready()) {
                return null;
            }
            if (worker.failure() != null) {
                return worker.failure();
            }
            if (!worker.alive()) {
                return worker.exitDescription();
            }
            if (stopping) {
                return "the supervisor is stopping";
            }
            if (System.nanoTime() - deadline > 0) {
                return "not serving after " + STARTUP_LIMIT.toSeconds() + " s";
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    // Stops a worker gracefully (its requests in flight finish) and forgets it.
    private void retire(Worker worker) {
        worker.terminate();
        worker.join(joinLimit());
        byId.remove(worker.id());
    }

    private void discard(Worker worker) {
        worker.kill();
        worker.waitFor(Duration.ofSeconds(10));
        byId.remove(worker.id());
    }

    // Replaces dead and hung workers, pings the others; a worker that cannot start ends the supervisor.
    private void keepAlive() {
        for (int i = 0; i < workers.size() && !stopping; i++) {
            Worker worker = workers.get(i);
            if (!worker.alive()) {
                worker.waitFor(Duration.ofSeconds(1));
                byId.remove(worker.id());
                if (!worker.ready() && (worker.failure() != null || !worker.signalled())) {
                    String reason = worker.failure() != null ? worker.failure() : worker.exitDescription();
                    if (config.reload()) {
                        LOG.error(
                                "Child process [{}] failed to start: {}. Waiting for changes to try again.",
                                worker.pid(),
                                reason);
                        workers.remove(i--);
                        waitingForChange = true;
                        continue;
                    }
                    LOG.error(
                            "Child process [{}] failed to start, stopping the parent process: {}",
                            worker.pid(),
                            reason);
                    fatal = reason;
                    return;
                }
                LOG.info("Child process [{}] died ({})", worker.pid(), worker.exitDescription());
                workers.set(i, spawn());
            } else if (worker.ready()) {
                if (worker.pingOverdue(config.healthCheckTimeout())) {
                    LOG.warn(
                            "Child process [{}] did not answer its health check within {} ms; killing it",
                            worker.pid(),
                            config.healthCheckTimeout().toMillis());
                    worker.kill();
                    worker.waitFor(Duration.ofSeconds(10));
                    // reaped and replaced on the next pass, as a death
                } else if (!worker.pingOutstanding()) {
                    worker.ping();
                }
            } else if (worker.failure() != null || System.nanoTime() - worker.startedAt() > STARTUP_LIMIT.toNanos()) {
                if (worker.failure() == null) {
                    worker.markFailed("not serving after " + STARTUP_LIMIT.toSeconds() + " s");
                }
                worker.kill(); // it reported failure, or never got going; reaped on the next pass
            }
        }
        if (config.reload() && workers.isEmpty() && !waitingForChange && !stopping) {
            workers.add(spawn());
        }
    }

    private Worker spawn() {
        int id = ++nextId;
        Worker worker = new Worker(id);
        byId.put(id, worker);
        try {
            worker.start(command.builder(id, control.path()));
        } catch (java.io.IOException e) {
            byId.remove(id);
            throw new IllegalStateException("cannot start a worker process: " + e.getMessage(), e);
        }
        worker.process().onExit().thenRun(() -> events.add(WAKE));
        return worker;
    }

    private Duration joinLimit() {
        return server.gracefulShutdown().plusSeconds(5);
    }

    // Last resort when the JVM exits some other way: no worker outlives the supervisor.
    private void killAll() {
        for (Worker worker : byId.values()) {
            if (worker.process() != null) {
                worker.kill();
            }
        }
    }
}
