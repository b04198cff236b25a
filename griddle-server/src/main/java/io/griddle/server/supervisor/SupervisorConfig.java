package io.griddle.server.supervisor;

import io.griddle.server.InvalidSetting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How many processes serve the application, and whether they are restarted on code changes: the {@code --workers}
 * and {@code --reload*} flags.
 *
 * <pre>{@code
 * SupervisorConfig workers = SupervisorConfig.single().withWorkers(4);
 * }</pre>
 *
 * @param workers            worker processes under a supervisor; 0 for a single process serving by itself
 * @param healthCheckTimeout how long a worker may take to answer a ping before it counts as hung and is killed
 * @param reload             restart the worker when the watched files change (one worker)
 * @param reloadDirs         directories to watch; empty for the class path's directories
 * @param reloadIncludes     glob patterns of files whose change restarts (added to the default {@code *})
 * @param reloadExcludes     glob patterns or directories to ignore (added to the defaults)
 * @param reloadDelay        how long to gather further changes before restarting
 */
public record SupervisorConfig(
        int workers,
        Duration healthCheckTimeout,
        boolean reload,
        List<Path> reloadDirs,
        List<String> reloadIncludes,
        List<String> reloadExcludes,
        Duration reloadDelay) {

    /** @throws InvalidSetting naming the flag of the first value out of range */
    public SupervisorConfig {
        InvalidSetting.check(workers >= 0, "--workers", workers + " (0 for a single process, or more)");
        InvalidSetting.check(
                healthCheckTimeout.isPositive(),
                "--timeout-worker-healthcheck",
                healthCheckTimeout.toNanos() / 1e9 + " (must be positive)");
        InvalidSetting.check(!reloadDelay.isNegative(), "--reload-delay", reloadDelay.toNanos() / 1e9 + " (0 or more)");
        reloadDirs = List.copyOf(reloadDirs);
        reloadIncludes = List.copyOf(reloadIncludes);
        reloadExcludes = List.copyOf(reloadExcludes);
    }

    /** One process, no supervisor: the default. */
    public static SupervisorConfig single() {
        return new SupervisorConfig(
                0, Duration.ofSeconds(5), false, List.of(), List.of(), List.of(), Duration.ofMillis(250));
    }

    /** The same settings with this many workers. */
    public SupervisorConfig withWorkers(int count) {
        return new SupervisorConfig(
                count, healthCheckTimeout, reload, reloadDirs, reloadIncludes, reloadExcludes, reloadDelay);
    }

    /** Whether a supervisor process runs, starting the server in child processes. */
    public boolean supervises() {
        return workers > 0 || reload;
    }

    /** How many workers the supervisor keeps: one when reloading. */
    public int workerCount() {
        return reload ? 1 : Math.max(workers, 1);
    }
}
