package io.griddle.server.supervisor;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's view of one worker process: its process, its control connection once it has called in, whether
 * it serves yet, and the health ping in flight. The control connection's thread marks it ready, failed or answered;
 * the supervisor's thread reads those marks.
 */
final class Worker {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.supervisor");

    private final int id;
    private volatile Process process;
    private final long startedAt = System.nanoTime();
    private volatile Channel control;
    private volatile boolean ready;
    private volatile String failure;
    private volatile long pingSentAt;

    Worker(int id) {
        this.id = id;
    }

    /** Starts the process; the worker must be findable by its id before, since the process calls in at once. */
    void start(ProcessBuilder builder) throws java.io.IOException {
        process = builder.start();
    }

    int id() {
        return id;
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    boolean alive() {
        return process.isAlive();
    }

    boolean ready() {
        return ready;
    }

    /** What the worker reported when it could not start, or {@code null}. */
    String failure() {
        return failure;
    }

    long startedAt() {
        return startedAt;
    }

    void attach(Channel channel) {
        control = channel;
    }

    void markReady() {
        ready = true;
    }

    void markFailed(String message) {
        failure = message;
    }

    void answered() {
        pingSentAt = 0;
    }

    boolean pingOutstanding() {
        return pingSentAt != 0;
    }

    /** Whether the last ping has gone unanswered for longer than the timeout. */
    boolean pingOverdue(Duration timeout) {
        long sent = pingSentAt;
        return sent != 0 && System.nanoTime() - sent > timeout.toNanos();
    }

    /** Asks the worker whether it is alive; its event loops must each run a task before it answers. */
    void ping() {
        Channel channel = control;
        if (channel == null || !channel.isActive()) {
            return;
        }
        pingSentAt = System.nanoTime() | 1L;
        channel.writeAndFlush(Unpooled.copiedBuffer("ping\n", StandardCharsets.US_ASCII));
    }

    /** SIGTERM: the worker stops gracefully, letting its requests finish. */
    void terminate() {
        if (process.isAlive()) {
            process.destroy();
            LOG.info("Terminated child process [{}]", pid());
        }
    }

    /** SIGKILL. */
    void kill() {
        process.destroyForcibly();
    }

    /** Waits for the worker to exit; past the limit it is killed. */
    void join(Duration limit) {
        LOG.info("Waiting for child process [{}]", pid());
        if (!waitFor(limit)) {
            LOG.warn("Child process [{}] did not stop within {} s, killing it", pid(), limit.toSeconds());
            kill();
            waitFor(Duration.ofSeconds(10));
        }
    }

    /** Waits up to the limit for the process to exit; whether it has. */
    boolean waitFor(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Whether it was ended by a signal (Java reports those as 128 + the signal's number). */
    boolean signalled() {
        int code = process.exitValue();
        return code > 128 && code < 128 + 65;
    }

    /** How it ended, in words: "exit code 3", "killed by signal 9". */
    String exitDescription() {
        int code = process.exitValue();
        return signalled() ? "killed by signal " + (code - 128) : "exit code " + code;
    }
}
